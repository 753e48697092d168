package org.attune.answers;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.Optional;

/**
 * When answers were given, as an answers file writes it: a date, a local date and time, or a date and
 * time with its offset (ISO 8601). The form is told by its shape, so only a wrong value costs a failed parse.
 */
public final class TakenAt {
    private TakenAt() {}

    /** A {@link LocalDate}, {@link LocalDateTime} or {@link OffsetDateTime}; empty when the text is none of them. */
    public static Optional<Temporal> parse(String text) {
        int t = Math.max(text.indexOf('T'), text.indexOf('t'));
        try {
            if (t < 0) {
                return Optional.of(LocalDate.parse(text));
            }
            boolean offset = text.substring(t).chars().anyMatch(c -> c == 'Z' || c == 'z' || c == '+' || c == '-');
            return Optional.of(offset ? OffsetDateTime.parse(text) : LocalDateTime.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
