package org.attune.export;

import java.util.Map;
import java.util.stream.Collectors;
import org.attune.answers.AnswerValue;
import org.attune.answers.Answers;
import org.attune.definition.Flag;
import org.attune.definition.Item;
import org.attune.definition.ResponseOption;
import org.attune.definition.Score;
import org.attune.report.ReportWording;
import org.attune.scoring.Guidance;
import org.attune.scoring.ScoreResult;

/** The cells of one answers file: its answers as scored (answers to hidden items dropped), its scores, flags and recommendation. */
final class Row {
    private Row() {}

    /** One answers file with the answers that counted and its guidance. */
    record Source(Answers answers, Map<String, AnswerValue> shown, Guidance guidance) {}

    static Cell takenAt(Source s) {
        return s.answers().takenAt().<Cell>map(Cell.Text::new).orElse(Cell.EMPTY);
    }

    static Cell respondent(Source s) {
        return s.answers().respondent().<Cell>map(Cell.Text::new).orElse(Cell.EMPTY);
    }

    static Cell version(Source s) {
        return new Cell.Text(s.answers().questionnaireVersion());
    }

    static Cell declined(Source s) {
        String ids = s.shown().entrySet().stream().filter(e -> e.getValue() instanceof AnswerValue.Declined).map(Map.Entry::getKey)
                .collect(Collectors.joining(";"));
        return ids.isEmpty() ? Cell.EMPTY : new Cell.Text(ids);
    }

    static Cell value(Source s, Item item) {
        AnswerValue answer = s.shown().get(item.id());
        if (answer instanceof AnswerValue.Choice choice) {
            return new Cell.Number(choice.option().value());
        }
        if (answer instanceof AnswerValue.YesNo yesNo) {
            return Cell.of(yesNo.yes());
        }
        if (answer instanceof AnswerValue.Number number) {
            return new Cell.Number(number.value());
        }
        return Cell.EMPTY;
    }

    static Cell key(Source s, Item item) {
        AnswerValue answer = s.shown().get(item.id());
        if (answer instanceof AnswerValue.Choice choice) {
            return new Cell.Text(choice.option().name());
        }
        if (answer instanceof AnswerValue.Multi multi) {
            return new Cell.Text(multi.options().stream().map(ResponseOption::name).collect(Collectors.joining(";")));
        }
        if (answer instanceof AnswerValue.YesNo yesNo) {
            return new Cell.Text(yesNo.yes() ? "yes" : "no");
        }
        return Cell.EMPTY;
    }

    static Cell ticked(Source s, Item item, ResponseOption option) {
        return s.shown().get(item.id()) instanceof AnswerValue.Multi multi ? Cell.of(multi.options().contains(option)) : Cell.EMPTY;
    }

    static Cell text(Source s, Item item) {
        return s.shown().get(item.id()) instanceof AnswerValue.Text text ? new Cell.Text(text.text()) : Cell.EMPTY;
    }

    private static ScoreResult result(Source s, Score score) {
        return s.guidance().scores().stream().filter(r -> r.score() == score).findFirst().orElseThrow();
    }

    static Cell score(Source s, Score score) {
        return result(s, score).value().<Cell>map(Cell.Number::new).orElse(Cell.EMPTY);
    }

    static Cell band(Source s, Score score) {
        return result(s, score).band().<Cell>map(b -> new Cell.Text(b.label())).orElse(Cell.EMPTY);
    }

    static Cell flag(Source s, Flag flag) {
        if (s.guidance().flags().stream().anyMatch(f -> f.flag().id().equals(flag.id()))) {
            return Cell.of(true);
        }
        return s.guidance().unansweredFlags().stream().anyMatch(f -> f.flag().id().equals(flag.id())) ? Cell.EMPTY : Cell.of(false);
    }

    /** Empty when scores lacked answers and only the default applied: that is no finding, as the report says too. */
    static Cell recommendation(Source s) {
        return lacking(s) ? new Cell.Text(ReportWording.NOT_ENOUGH_KEY) : new Cell.Text(s.guidance().recommendation().recommendation().id());
    }

    static Cell recommendationKind(Source s) {
        return lacking(s) ? new Cell.Text(ReportWording.NOT_ENOUGH_KEY) : new Cell.Text(s.guidance().recommendation().recommendation().kind().yamlName());
    }

    private static boolean lacking(Source s) {
        return s.guidance().scores().stream().anyMatch(r -> !r.hasValue()) && s.guidance().recommendation().recommendation().isDefault();
    }
}
