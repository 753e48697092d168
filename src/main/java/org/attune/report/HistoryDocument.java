package org.attune.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.attune.history.History;
import org.attune.report.ReportDocument.BandNote;
import org.attune.report.ReportDocument.Range;

/**
 * A history of results with its wording in place and no layout, as {@link ReportDocument} is for one report:
 * built once ({@link #of}) and laid out by one {@link HistoryRenderer} per format.
 */
public record HistoryDocument(String title, String questionnaireId, String version, List<Person> people, String note, String disclaimer) {

    public HistoryDocument {
        people = List.copyOf(people);
    }

    public static HistoryDocument of(History history) {
        return HistoryBuilder.build(history);
    }

    /** The results about one person: {@code heading} names them ("About A.B.") or is empty when no result has a pseudonym. */
    public record Person(String heading, Optional<String> respondent, String span, List<Row> results, List<Series> series,
            Optional<String> noise) {
        public Person {
            results = List.copyOf(results);
            series = List.copyOf(series);
        }
    }

    /** One result: its number in 'attune results', when ({@code taken} in words), its scores and its recommendation. */
    public record Row(int number, Optional<String> takenAt, String taken, String scores, String recommendation) {}

    /**
     * One score through the results: an entry per result (in the same order), its bands and range for a chart,
     * and the smallest reliable change when the score declares it ({@code changeNote}; the scores that do not are
     * named once in {@link Person#noise}). {@code latest} sums up the newest value and its changes in a sentence;
     * {@code steps}, with reliable change, names each reliable change from one result to the next.
     */
    public record Series(String id, String title, List<Entry> entries, List<BandNote> bands, Optional<Range> range,
            Optional<BigDecimal> smallestReliableChange, Optional<BigDecimal> cutoff, Optional<String> better, Optional<String> changeNote,
            String latest, Optional<String> steps, String chartLabel) {
        public Series {
            entries = List.copyOf(entries);
            bands = List.copyOf(bands);
        }
    }

    /** A score in one result; no value is a gap (never a zero). */
    public record Entry(int number, Optional<String> takenAt, Optional<BigDecimal> value, String valueText,
            Optional<String> band, Optional<ChangeNote> fromPrevious, Optional<ChangeNote> fromFirst) {}

    /** A change: the difference ("+3", "−0.4"), and with reliable change its index and verdict ("reliable improvement"). */
    public record ChangeNote(BigDecimal difference, String differenceText, Optional<BigDecimal> index, Optional<String> verdict,
            Optional<String> verdictWords) {}
}
