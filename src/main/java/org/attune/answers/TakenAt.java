package org.attune.answers;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
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
                return Optional.of(isPlainDate(text) ? plainDate(text) : LocalDate.parse(text));
            }
            boolean offset = text.substring(t).chars().anyMatch(c -> c == 'Z' || c == 'z' || c == '+' || c == '-');
            return Optional.of(offset ? OffsetDateTime.parse(text) : LocalDateTime.parse(text));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** 2026-11-22: how nearly every answers file writes it, read without the general parser. */
    private static boolean isPlainDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }

    /** The date, or a {@link DateTimeException} for one that does not exist (2026-02-30), as the parser would. */
    private static LocalDate plainDate(String text) {
        return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10), Integer.parseInt(text, 8, 10, 10));
    }
}
