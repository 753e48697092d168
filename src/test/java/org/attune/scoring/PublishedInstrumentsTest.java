package org.attune.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.attune.definition.Questionnaire;
import org.attune.definition.RecommendationKind;
import org.attune.report.ReportWording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The engine reproduces the published scoring rules of standard instrument structures; expected values are worked by hand. */
class PublishedInstrumentsTest {

    static ScoreResult total(Guidance guidance) {
        return guidance.scores().get(0);
    }

    static String items(String prefix, String values) {
        StringBuilder yaml = new StringBuilder();
        String[] parts = values.split(" ");
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].equals("-")) {
                yaml.append(prefix).append(i + 1).append(": ").append(parts[i]).append('\n');
            }
        }
        return yaml.toString();
    }

    @ParameterizedTest(name = "nine items {0}: total {1}, {2}")
    @CsvSource({
        // answers i1..i9       total  band                 flag on item nine
        "'0 0 0 0 0 0 0 0 0',   0,     minimal,             false",
        "'0 0 1 0 1 0 1 1 0',   4,     minimal,             false",
        "'1 1 1 1 1 0 0 0 0',   5,     mild,                false",
        "'1 2 0 3 1 2 1 0 1',   11,    moderate,            true",
        "'3 3 3 3 3 2 2 0 0',   19,    moderately severe,   false",
        "'3 3 3 3 3 3 2 0 0',   20,    severe,              false",
        "'3 3 3 3 3 3 3 3 3',   27,    severe,              true",
    })
    void nineItemSumWithSeverityBandsAndItemFlag(String answers, int total, String band, boolean flagged) throws Exception {
        Questionnaire q = Instruments.load("nine-item-severity");
        Guidance guidance = Instruments.score(q, items("i", answers));
        assertThat(total(guidance).value()).contains(BigDecimal.valueOf(total));
        assertThat(total(guidance).band().orElseThrow().label()).isEqualTo(band);
        assertThat(guidance.flags()).hasSize(flagged ? 1 : 0);
        if (flagged) {
            // the item-level flag overrides whatever the total suggests
            assertThat(guidance.recommendation().recommendation().kind()).isEqualTo(RecommendationKind.SAFETY_FIRST);
            assertThat(guidance.recommendation().forcedBy()).isPresent();
        }
    }

    @Test
    void itemFlagFiresEvenWhenTheTotalIsMinimal() throws Exception {
        Guidance guidance = Instruments.score(Instruments.load("nine-item-severity"), items("i", "0 0 0 0 0 0 0 0 1"));
        assertThat(total(guidance).band().orElseThrow().label()).isEqualTo("minimal");
        assertThat(guidance.recommendation().recommendation().id()).isEqualTo("safety");
        assertThat(guidance.flags().get(0).reasons()).extracting(ReportWording::fact)
                .containsExactly("you answered \u201cSeveral days\u201d to \u201cStatement nine (the safety item)\u201d");
    }

    @ParameterizedTest(name = "ten items {0}: total {1}, {2}")
    @CsvSource({
        // s1..s10; even items reversed (6 - answer)
        "'4 2 5 1 3 3 4 2 5 1',  42, high",      // 4+4+5+5+3+3+4+4+5+5
        "'1 5 1 5 1 5 1 5 1 5',  10, low",       // lowest possible: every reversed 5 scores 1
        "'5 1 5 1 5 1 5 1 5 1',  50, high",      // highest possible
        "'3 3 3 3 3 3 3 3 3 3',  30, moderate",  // neutral stays neutral when reversed
        "'2 4 2 4 2 4 3 3 3 2',  25, low",       // 2+2+2+2+2+2+3+3+3+4: top of the low band
        "'2 4 2 4 2 4 3 3 4 2',  26, moderate",  // one more: first moderate value
        "'4 2 4 2 4 2 4 2 3 4',  37, moderate",  // 4x8 + 3 + 2
        "'4 2 4 2 4 2 4 2 4 4',  38, high",      // 4x9 + 2: first high value
    })
    void tenItemsWithFiveReversedAndCutOffs(String answers, int total, String band) throws Exception {
        Guidance guidance = Instruments.score(Instruments.load("ten-item-reversed"), items("s", answers));
        assertThat(total(guidance).value()).contains(BigDecimal.valueOf(total));
        assertThat(total(guidance).band().orElseThrow().label()).isEqualTo(band);
    }

    @ParameterizedTest(name = "seven items {0}: {1}")
    @CsvSource({
        // p1..p7 ('-' = skipped)     total (empty = no score)
        "'1 1 1 1 1 1 1',             7",     // nothing missing: plain sum
        "'1 1 1 1 1 2 -',             8",     // 7 x 7/6 = 8.17 -> 8
        "'3 2 2 1 3 - -',             15",    // 11 x 7/5 = 15.4 -> 15
        "'2 2 2 2 1 - -',             13",    // 9 x 7/5 = 12.6 -> 13
        "'3 3 1 1 1 0 -',             11",    // 9 x 7/6 = 10.5 -> 11 (half-up)
        "'3 3 3 3 - - -',             ",      // three missing: not enough answers
        "'- - - - - - -',             ",      // all skipped
    })
    void proratesWhenAtMostTwoItemsAreMissing(String answers, Integer total) throws Exception {
        Guidance guidance = Instruments.score(Instruments.load("seven-item-prorated"), items("p", answers));
        if (total == null) {
            assertThat(total(guidance).value()).isEmpty();
            assertThat(total(guidance).band()).isEmpty();
            assertThat(guidance.flags()).as("no rule treats a missing score as a number").isEmpty();
        } else {
            assertThat(total(guidance).value()).contains(BigDecimal.valueOf(total));
            assertThat(guidance.flags()).hasSize(1);
        }
    }
}
