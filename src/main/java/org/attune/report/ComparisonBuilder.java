package org.attune.report;

import java.util.Optional;
import org.attune.history.Comparison;
import org.attune.history.History;
import org.attune.history.ReliableChange;
import org.attune.report.ComparisonDocument.AnswerRow;
import org.attune.report.ComparisonDocument.Column;
import org.attune.report.ComparisonDocument.ScoreRow;
import org.attune.report.HistoryDocument.ChangeNote;
import org.attune.report.ReportWording.HistoryWords;

/** Walks a comparison once and puts the wording in place. */
final class ComparisonBuilder {
    private ComparisonBuilder() {}

    static ComparisonDocument build(Comparison c) {
        var header = c.questionnaire().header();
        return new ComparisonDocument(header.title(), c.questionnaire().id(), header.version(), column(c.first()), column(c.second()),
                c.scores().stream().map(ComparisonBuilder::score).toList(),
                c.answers().stream().map(a -> new AnswerRow(a.item().id(), a.item().common().text(), answer(a, a.first()), answer(a, a.second()),
                        a.changed())).toList(),
                c.aboutDifferentPeople() ? Optional.of(HistoryWords.differentPeople(c.first().respondent(), c.second().respondent())) : Optional.empty(),
                ReportWording.DISCLAIMER);
    }

    private static Column column(Comparison.Side side) {
        return new Column(side.number(), side.takenAt(), side.takenAt().map(ReportWording::date).orElse(HistoryWords.UNKNOWN_DATE),
                side.respondent(), side.recommendation());
    }

    private static ScoreRow score(Comparison.ScoreChange s) {
        Optional<ChangeNote> change = s.change().map(ComparisonBuilder::note);
        return new ScoreRow(s.score().id(), s.score().title(), value(s.first(), s.firstBand()), value(s.second(), s.secondBand()), change,
                change.map(HistoryWords::changeText).orElse(""));
    }

    private static ChangeNote note(History.Change c) {
        return new ChangeNote(c.difference(), HistoryWords.signed(c.difference()), c.index().map(ReliableChange::twoDecimals),
                c.verdict().map(HistoryWords::verdictCode), c.verdict().map(HistoryWords::verdict));
    }

    private static String value(Optional<java.math.BigDecimal> value, Optional<String> band) {
        return value.map(v -> ReportWording.number(v) + band.map(b -> " (" + b + ")").orElse("")).orElse(ReportWording.NOT_ENOUGH_ANSWERS);
    }

    private static String answer(Comparison.AnswerChange a, Optional<org.attune.answers.AnswerValue> value) {
        if (a.hidden()) {
            return value.isPresent() ? HistoryWords.PRIVATE : HistoryWords.NOT_ANSWERED;
        }
        return value.map(org.attune.answers.AnswerValue::display).orElse(HistoryWords.NOT_ANSWERED);
    }
}
