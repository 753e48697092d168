package org.attune.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** How a score declares missing data: how much may be missing, how missing items count, and rounding. */
class MissingDataRulesTest {
    private static final String ITEMS = ValidationRulesTest.HEAD + """
            sections:
              - id: main
                title: Main
                items:
                  - {id: q1, type: number, min: 0, max: 3, required: false, text: "One?"}
                  - {id: q2, type: number, min: 0, max: 3, required: false, text: "Two?"}
                  - {id: q3, type: number, min: 0, max: 3, required: false, text: "Three?"}
                  - {id: q4, type: number, min: 1, max: 3, required: false, text: "Four?"}
                  - {id: q5, type: number, min: 0, max: 3, required: false, text: "Five?"}
            scores:
              - id: s
                title: S
                method: sum
                items: [q1, q2, q3, q4, q5]
            """;

    private static Score score(String rules) {
        return LoaderProblems.valid(ITEMS + rules.indent(4) + ValidationRulesTest.TAIL).scores().get(0);
    }

    private static java.util.List<String> problems(String rules) {
        return LoaderProblems.of(ITEMS + rules.indent(4) + ValidationRulesTest.TAIL);
    }

    @Test
    void byDefaultEveryItemIsNeededAndMissingOnesWouldBeProratedHalfUp() {
        Score s = score("");
        assertThat(s.minAnswered()).isEqualTo(5);
        assertThat(s.missing()).isEqualTo(new MissingItems.Prorate());
        assertThat(s.rounding()).isEqualTo(Rounding.HALF_UP);
    }

    @Test
    void howMuchMayBeMissing() {
        assertThat(score("maxMissing: 2").minAnswered()).isEqualTo(3);
        assertThat(score("minAnswered: 4").minAnswered()).isEqualTo(4);
        assertThat(score("minAnswered: 80%").minAnswered()).isEqualTo(4);
        assertThat(score("minAnswered: 70%").minAnswered()).as("3.5 items round up to 4").isEqualTo(4);
        assertThat(score("minAnswered: 100%").minAnswered()).isEqualTo(5);
    }

    @Test
    void howMissingItemsCountAndRounding() {
        assertThat(score("missing: none").missing()).isEqualTo(new MissingItems.Complete());
        assertThat(score("missing: none").minAnswered()).isEqualTo(5);
        assertThat(score("missing: fill\nfill: 1\nmaxMissing: 1").missing()).isEqualTo(new MissingItems.Fill(BigDecimal.ONE));
        assertThat(score("rounding: half-even").rounding()).isEqualTo(Rounding.HALF_EVEN);
        assertThat(score("rounding: down").rounding()).isEqualTo(Rounding.DOWN);
        assertThat(score("rounding: none").rounding()).isEqualTo(Rounding.NONE);
    }

    @Test
    void contradictionsAndOutOfRangeValuesAreErrors() {
        assertThat(problems("minAnswered: 3\nmaxMissing: 2")).containsExactly(
                "21:5: score 's' has both 'minAnswered' and 'maxMissing'; keep one of them");
        assertThat(problems("maxMissing: 5")).containsExactly(
                "20:17: 'maxMissing' of score 's' is 5 but the score has 5 items; use a number from 0 to 4");
        assertThat(problems("minAnswered: 120%")).containsExactly(
                "20:18: 'minAnswered' of score 's' is '120%'; write a whole number of items, or a percentage from 1% to 100% such as 80%");
        assertThat(problems("missing: none\nmaxMissing: 1")).containsExactly(
                "20:5: score 's' has 'missing: none', which scores only complete answers, and also 'maxMissing'; remove one of them");
        assertThat(problems("missing: fill\nmaxMissing: 1")).containsExactly(
                "20:5: score 's' has 'missing: fill' but no 'fill' value; add 'fill:' with the value a missing item counts as");
        assertThat(problems("fill: 1")).containsExactly(
                "20:5: score 's' has 'fill' but its missing items are handled by 'prorate'; "
                        + "write 'missing: fill' to count missing items as the fill value, or remove 'fill'");
        assertThat(problems("missing: fill\nfill: 0\nmaxMissing: 1")).containsExactly(
                "21:11: 'fill' of score 's' is 0, outside item 'q4' (1 to 3); use a value every item can take");
        assertThat(problems("rounding: up").get(0)).startsWith("20:15: ").contains("'up'").contains("half-up");
    }

    @Test
    void unroundedScoresMayLeaveGapsBetweenBands() {
        String bands = "bands: [{min: 1, max: 7, label: low, meaning: Low}, {min: 8, max: 15, label: high, meaning: High}]";
        assertThat(score("rounding: none\ndecimals: 2\n" + bands).bands()).hasSize(2);
        assertThat(problems("decimals: 2\n" + bands)).singleElement().asString().contains("there is a gap between band 'low'");
    }
}
