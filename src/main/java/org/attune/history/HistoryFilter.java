package org.attune.history;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which results a history shows: taken on or after {@code since} (the date as written in the result), about
 * {@code respondent} only, and of those the {@code last} N.
 */
public record HistoryFilter(Optional<LocalDate> since, OptionalInt last, Optional<String> respondent) {
    public static final HistoryFilter ALL = new HistoryFilter(Optional.empty(), OptionalInt.empty(), Optional.empty());

    /** The date part of a time as written ("2026-11-22T09:30:00Z" is 22 November 2026), if it has one. */
    static Optional<LocalDate> day(String takenAt) {
        if (takenAt.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(takenAt.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    boolean admits(Optional<String> takenAt, Optional<String> about) {
        if (respondent.isPresent() && !respondent.equals(about)) {
            return false;
        }
        // a result whose date cannot be read is not known to be recent enough
        return since.isEmpty() || takenAt.flatMap(HistoryFilter::day).filter(d -> !d.isBefore(since.get())).isPresent();
    }
}
