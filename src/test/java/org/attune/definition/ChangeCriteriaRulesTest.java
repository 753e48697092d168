package org.attune.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a score declares for judging change over time: reliability, sd, better and cutoff, each checked where it is written. */
class ChangeCriteriaRulesTest {
    private static final String ITEMS = ValidationRulesTest.HEAD + """
            sections:
              - id: main
                title: Main
                items:
                  - {id: q1, type: number, min: 0, max: 10, text: "One?"}
                  - {id: q2, type: number, min: 0, max: 10, text: "Two?"}
            scores:
              - id: s
                title: S
                method: sum
                items: [q1, q2]
            """;

    private static Score score(String rules) {
        return LoaderProblems.valid(ITEMS + rules.indent(4) + ValidationRulesTest.TAIL).scores().get(0);
    }

    private static List<String> problems(String rules) {
        return LoaderProblems.of(ITEMS + rules.indent(4) + ValidationRulesTest.TAIL);
    }

    @Test
    void nothingDeclaredMeansNoReliableChange() {
        assertThat(score("").change()).isEqualTo(ChangeCriteria.NONE);
        assertThat(score("").change().judgesReliableChange()).isFalse();
    }

    @Test
    void allFourAreRead() {
        ChangeCriteria c = score("reliability: 0.80\nsd: 7.5\nbetter: lower\ncutoff: 12").change();
        assertThat(c.reliability()).contains(new BigDecimal("0.80"));
        assertThat(c.sd()).contains(new BigDecimal("7.5"));
        assertThat(c.better()).contains(ChangeCriteria.Better.LOWER);
        assertThat(c.cutoff()).contains(new BigDecimal("12"));
        assertThat(c.judgesReliableChange()).isTrue();
        assertThat(score("better: higher").change().better()).isEqualTo(Optional.of(ChangeCriteria.Better.HIGHER));
    }

    @Test
    void reliabilityLiesStrictlyBetweenZeroAndOne() {
        for (String r : List.of("0", "1", "1.2", "-0.5")) {
            assertThat(problems("reliability: " + r + "\nsd: 7.5\nbetter: lower")).as(r).containsExactly("17:18: 'reliability' of score 's' is "
                    + r + ", but a reliability lies between 0 and 1; write the published coefficient, such as Cronbach's alpha, e.g. 'reliability: 0.85'");
        }
        assertThat(problems("reliability: high\nsd: 7.5\nbetter: lower").get(0)).startsWith("17:18: ").contains("a number");
    }

    @Test
    void sdIsAboveZero() {
        assertThat(problems("reliability: 0.8\nsd: 0\nbetter: lower")).containsExactly(
                "18:9: 'sd' of score 's' is 0, but a standard deviation is above 0; write the reference sample's standard deviation of this score, e.g. 'sd: 7.5'");
    }

    @Test
    void reliabilityAndSdComeTogetherAndSayWhichWayIsBetter() {
        assertThat(problems("reliability: 0.8\nbetter: lower")).containsExactly(
                "17:5: score 's' has 'reliability' but no 'sd'; reliable change needs both; add 'sd:' from the same published source, or remove 'reliability'");
        assertThat(problems("sd: 7.5\nbetter: lower")).containsExactly(
                "17:5: score 's' has 'sd' but no 'reliability'; reliable change needs both; add 'reliability:' from the same published source, or remove 'sd'");
        assertThat(problems("reliability: 0.8\nsd: 7.5")).containsExactly(
                "17:5: score 's' has 'reliability' but does not say which way is better; add 'better: higher' or 'better: lower'");
        assertThat(problems("cutoff: 5")).containsExactly(
                "17:5: score 's' has 'cutoff' but does not say which way is better; add 'better: higher' or 'better: lower'");
        assertThat(problems("better: up").get(0)).startsWith("17:13: ").contains("'up'").contains("higher, lower");
    }

    @Test
    void aCutoffLiesOnTheScoresScale() {
        assertThat(problems("cutoff: 25\nbetter: lower")).containsExactly(
                "17:13: 'cutoff' of score 's' is 25, outside the values the score can take (0 to 20); use a value from 0 to 20");
    }
}
