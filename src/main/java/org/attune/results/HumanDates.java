package org.attune.results;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Dates in listings written for people: "22 November 2026, 21:39"; anything unreadable is shown as written. */
public final class HumanDates {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private HumanDates() {}

    public static String format(String iso) {
        try {
            return OffsetDateTime.parse(iso).format(DATE_TIME);
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(iso).format(DATE_TIME);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(iso).format(DATE);
                } catch (DateTimeParseException notDate) {
                    return iso;
                }
            }
        }
    }
}
