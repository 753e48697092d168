package org.attune.report;

import java.util.List;
import java.util.Optional;
import org.attune.history.Comparison;
import org.attune.report.HistoryDocument.ChangeNote;

/** Two results side by side with the wording in place, laid out by one {@link ComparisonRenderer} per format. */
public record ComparisonDocument(String title, String questionnaireId, String version, Column first, Column second, List<ScoreRow> scores,
        List<AnswerRow> answers, Optional<String> caution, String disclaimer) {

    public ComparisonDocument {
        scores = List.copyOf(scores);
        answers = List.copyOf(answers);
    }

    public static ComparisonDocument of(Comparison comparison) {
        return ComparisonBuilder.build(comparison);
    }

    /** One result: its number, when ({@code taken} in words), about whom, and its recommendation. */
    public record Column(int number, Optional<String> takenAt, String taken, Optional<String> respondent, String recommendation) {}

    /** A score in both results ("30 (high)"), and the change between them in words and as data. */
    public record ScoreRow(String id, String title, String first, String second, Optional<ChangeNote> change, String changeText) {}

    /** A question's answer in both results, as it reads back ("not answered"; a private answer is never shown). */
    public record AnswerRow(String itemId, String question, String first, String second, boolean changed) {}

    /** How many answers are the same in both. */
    public long sameAnswers() {
        return answers.stream().filter(a -> !a.changed()).count();
    }
}
