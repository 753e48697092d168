package org.attune.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.attune.definition.Questionnaire;
import org.attune.definition.QuestionnaireLoader;
import org.attune.history.History.Point;
import org.attune.history.History.Timeline;
import org.attune.history.ReliableChange.Verdict;
import org.attune.results.PastResults.PastResult;
import org.attune.results.PastResults.ScoreLine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which results a history shows, in which order, and how each change is worked out. */
class HistoryTest {
    static Questionnaire strainCheck;

    @BeforeAll
    static void load() throws Exception {
        strainCheck = new QuestionnaireLoader().load(Path.of("src/test/resources/history/strain-check.yaml"));
    }

    /** A past result of strain-check; a null score is one without a value (not enough answers). */
    private static PastResult result(int number, String takenAt, String respondent, Integer strain, Integer support) {
        List<ScoreLine> scores = new ArrayList<>();
        scores.add(line("strain", strain));
        scores.add(line("support", support));
        return new PastResult(number, Path.of(number + ".answers.yaml"), Path.of(number + ".report.json"), "strain-check", "", "Strain check",
                Optional.ofNullable(takenAt), Optional.ofNullable(respondent), "Carry on", List.of(), scores);
    }

    private static ScoreLine line(String id, Integer value) {
        return new ScoreLine(id, id, value == null ? "not enough answers" : value.toString(),
                Optional.ofNullable(value).map(BigDecimal::valueOf), Optional.empty());
    }

    private static List<Optional<BigDecimal>> values(Timeline t, int trend) {
        return t.trends().get(trend).points().stream().map(Point::value).toList();
    }

    private static List<Integer> numbers(Timeline t) {
        return t.results().stream().map(History.Result::number).toList();
    }

    @Test
    void oneTimelinePerPersonInTheOrderTaken() {
        History h = History.of(strainCheck, List.of(result(1, "2026-01-01", "A", 30, 5), result(2, "2026-02-01", "B", 20, 5),
                result(3, "2026-03-01", "A", 25, 6), result(4, "2026-04-01", null, 10, 7)), HistoryFilter.ALL);
        assertThat(h.timelines()).extracting(Timeline::respondent).containsExactly(Optional.of("A"), Optional.of("B"), Optional.empty());
        assertThat(numbers(h.timelines().get(0))).containsExactly(1, 3);
        // A's change is from A's own first result, never from B's
        assertThat(h.timelines().get(0).trends().get(0).points().get(1).fromPrevious().orElseThrow().difference()).isEqualByComparingTo("-5");
        assertThat(h.timelines().get(1).trends().get(0).points().get(0).fromPrevious()).isEmpty();
    }

    @Test
    void otherQuestionnairesAreLeftOut() {
        PastResult other = new PastResult(2, Path.of("x"), Path.of("y"), "flourish-thrive", "", "F", Optional.of("2026-01-02"), Optional.empty(),
                "R", List.of(), List.of(line("strain", 3)));
        History h = History.of(strainCheck, List.of(result(1, "2026-01-01", null, 30, 5), other), HistoryFilter.ALL);
        assertThat(numbers(h.timelines().get(0))).containsExactly(1);
    }

    @Test
    void filters() {
        List<PastResult> past = List.of(result(1, "2026-01-01T09:00:00Z", "A", 30, 5), result(2, "2026-02-01T09:00:00+01:00", "A", 20, 5),
                result(3, "2026-03-01", "A", 25, 6), result(4, "2026-04-01", "B", 10, 7), result(5, null, "A", 12, 7));
        History since = History.of(strainCheck, past, new HistoryFilter(Optional.of(LocalDate.parse("2026-02-01")), OptionalInt.empty(), Optional.empty()));
        assertThat(since.timelines()).hasSize(2);
        assertThat(numbers(since.timelines().get(0))).as("on or after the day; a result without a date is not known to be recent").containsExactly(2, 3);
        History last = History.of(strainCheck, past, new HistoryFilter(Optional.empty(), OptionalInt.of(2), Optional.empty()));
        assertThat(numbers(last.timelines().get(0))).as("the last two of each person").containsExactly(3, 5);
        assertThat(numbers(last.timelines().get(1))).containsExactly(4);
        History person = History.of(strainCheck, past, new HistoryFilter(Optional.empty(), OptionalInt.empty(), Optional.of("B")));
        assertThat(person.timelines()).hasSize(1);
        assertThat(numbers(person.timelines().get(0))).containsExactly(4);
        History none = History.of(strainCheck, past, new HistoryFilter(Optional.empty(), OptionalInt.empty(), Optional.of("Z")));
        assertThat(none.timelines()).isEmpty();
    }

    @Test
    void aResultMissingAScoreIsAGapNeverAZero() {
        History h = History.of(strainCheck, List.of(result(1, "2026-01-01", null, 30, 4), result(2, "2026-02-01", null, 24, null),
                result(3, "2026-03-01", null, 12, 9)), HistoryFilter.ALL);
        Timeline t = h.timelines().get(0);
        assertThat(values(t, 1)).containsExactly(Optional.of(BigDecimal.valueOf(4)), Optional.empty(), Optional.of(BigDecimal.valueOf(9)));
        Point gap = t.trends().get(1).points().get(1);
        assertThat(gap.fromPrevious()).isEmpty();
        assertThat(gap.fromFirst()).isEmpty();
        // after a gap, the change is from the last value there was
        assertThat(t.trends().get(1).points().get(2).fromPrevious().orElseThrow().from()).isEqualByComparingTo("4");
    }

    @Test
    void whenTheNewestResultHasNoValueTheLastValueIsNotCalledTheLatest() {
        History h = History.of(strainCheck, List.of(result(1, "2026-01-01", null, 30, 4), result(2, "2026-02-01", null, 24, 6),
                result(3, "2026-03-01", null, 12, null)), HistoryFilter.ALL);
        String text = new org.attune.report.TextHistory(org.attune.report.TextStyle.PLAIN_80).render(org.attune.report.HistoryDocument.of(h))
                .replaceAll("\\s+", " ");
        assertThat(text).contains("The latest result, #3, has no value (not enough answers). From #2: Last value 6");
    }

    @Test
    void changesAreJudgedWhereTheScoreDeclaresReliability() {
        History h = History.of(strainCheck, List.of(result(1, "2026-01-01", null, 30, 4), result(2, "2026-02-01", null, 24, 5),
                result(3, "2026-03-01", null, 12, 9), result(4, "2026-04-01", null, 22, 9)), HistoryFilter.ALL);
        List<Point> strain = h.timelines().get(0).trends().get(0).points();
        // strain: lower is better, reliable from 9.30 points
        assertThat(strain.get(1).fromPrevious().orElseThrow().verdict()).contains(Verdict.NO_RELIABLE_CHANGE);
        assertThat(strain.get(2).fromPrevious().orElseThrow().verdict()).contains(Verdict.RELIABLE_IMPROVEMENT);
        assertThat(strain.get(2).fromFirst().orElseThrow().difference()).isEqualByComparingTo("-18");
        assertThat(strain.get(3).fromPrevious().orElseThrow().verdict()).contains(Verdict.RELIABLE_DETERIORATION);
        assertThat(strain.get(3).fromFirst().orElseThrow().verdict()).as("-8 since the first").contains(Verdict.NO_RELIABLE_CHANGE);
        // support declares nothing: differences, but no verdict
        Point support = h.timelines().get(0).trends().get(1).points().get(2);
        assertThat(support.fromPrevious().orElseThrow().difference()).isEqualByComparingTo("4");
        assertThat(support.fromPrevious().orElseThrow().verdict()).isEmpty();
        assertThat(support.fromPrevious().orElseThrow().index()).isEmpty();
    }
}
