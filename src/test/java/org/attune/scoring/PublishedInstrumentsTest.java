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

    static ScoreResult score(Guidance guidance, String id) {
        return guidance.scores().stream().filter(s -> s.score().id().equals(id)).findFirst().orElseThrow();
    }

    static String value(Guidance guidance, String id) {
        return score(guidance, id).value().map(BigDecimal::toPlainString).orElse("none");
    }

    @ParameterizedTest(name = "seven items {0}: half-up {1}, half-even {2}, down {3}, exact {4}, filled {5}, complete {6}")
    @CsvSource({
        // p1..p7                   half-up  half-even  down  exact (7/6 or 7/5 x sum)  filled (missing = 1)  complete only
        "'1 1 1 1 1 1 1',           7,       7,         7,    7,                      7,                    7",
        "'3 3 1 1 1 0 -',           11,      10,        10,   10.5,                   10,                   none",
        "'2 2 2 2 2 2 -',           14,      14,        14,   14,                     13,                   none",
        "'1 1 1 1 1 1 -',           7,       7,         7,    7,                      7,                    none",
        "'3 2 2 1 3 - -',           15,      15,        15,   15.4,                   13,                   none",
        "'2 2 2 2 1 - -',           13,      13,        12,   12.6,                   11,                   none",
        "'3 3 3 3 - - -',           none,    none,      none, none,                   none,                 none",
    })
    void prorationUnderEachRoundingRuleAndTheOtherHandlings(String answers, String halfUp, String halfEven, String down, String exact,
            String filled, String complete) throws Exception {
        Guidance guidance = Instruments.score(Instruments.load("seven-item-prorated"), items("p", answers));
        assertThat(value(guidance, "total")).isEqualTo(halfUp);
        assertThat(value(guidance, "total_even")).isEqualTo(halfEven);
        assertThat(value(guidance, "total_down")).isEqualTo(down);
        assertThat(score(guidance, "total_exact").value().map(BigDecimal::stripTrailingZeros).map(BigDecimal::toPlainString).orElse("none"))
                .isEqualTo(exact);
        assertThat(value(guidance, "total_filled")).isEqualTo(filled);
        assertThat(value(guidance, "total_complete")).isEqualTo(complete);
    }

    @Test
    void anUnroundedValueBetweenTwoBandsBelongsToTheLowerOne() throws Exception {
        // 8 x 7/6 = 9.333..., between 'lower' (up to 9) and 'higher' (from 10)
        Guidance guidance = Instruments.score(Instruments.load("seven-item-prorated"), items("p", "2 2 1 1 1 1 -"));
        assertThat(score(guidance, "total_exact").band().orElseThrow().label()).isEqualTo("lower");
        assertThat(score(guidance, "total_exact").unrounded()).isEqualTo(score(guidance, "total_exact").value());
        assertThat(score(guidance, "total").answeredValue()).contains(new BigDecimal("8"));
        assertThat(score(guidance, "total").isProrated()).isTrue();
        assertThat(score(guidance, "total_filled").isProrated()).isFalse();
    }

    @ParameterizedTest(name = "thirty items, {0}: {1} {2} ({3})")
    @CsvSource({
        // subscale      answers 1..10 ('-' = missing)   total  band       why
        "satisfaction,   '2 2 2 2 2 2 2 2 2 2',          20,    low,       all 2",
        "satisfaction,   '1 1 1 1 1 1 1 1 1 1',          10,    low,       lowest possible",
        "satisfaction,   '5 2 2 2 2 2 2 1 2 2',          22,    low,       top of low",
        "satisfaction,   '5 2 2 2 2 2 2 2 2 2',          23,    moderate,  first moderate",
        "satisfaction,   '5 4 4 4 4 4 4 4 4 4',          41,    moderate,  top of moderate",
        "satisfaction,   '5 5 4 4 4 4 4 4 4 4',          42,    high,      first high",
        "satisfaction,   '5 5 5 5 5 5 5 5 5 5',          50,    high,      highest possible",
        "burnout,        '1 1 1 1 1 1 1 1 1 1',          22,    low,       1s with items 1 4 7 reversed: 7 + 3 x 5",
        "burnout,        '1 2 1 1 1 1 1 1 1 1',          23,    moderate,  one more",
        "burnout,        '5 1 1 5 1 1 5 1 1 1',          10,    low,       lowest possible",
        "burnout,        '1 5 5 1 5 5 1 5 5 5',          50,    high,      highest possible",
        "burnout,        '4 5 5 4 5 5 4 5 5 5',          41,    moderate,  7 x 5 + 3 x 2",
        "burnout,        '4 5 5 4 5 5 3 5 5 5',          42,    high,      7 x 5 + 2 + 2 + 3",
        "burnout,        '5 5 5 5 5 5 5 5 5 5',          38,    moderate,  all 5: reversed ones score 1",
        "strain,         '3 3 3 3 3 3 3 3 3 3',          30,    moderate,  neutral stays neutral",
        "strain,         '5 5 5 5 5 5 5 5 5 1',          50,    high,      item 10 reversed",
        "strain,         '5 5 5 5 5 5 5 5 - -',          50,    high,      two missing: 40 x 10/8",
        "strain,         '2 2 2 2 2 2 2 2 2 -',          20,    low,       18 x 10/9 = 20",
        "strain,         '2 2 2 2 2 2 2 - - -',          none,  none,      three missing: no score",
    })
    void thirtyItemsInThreeSubscalesWithReverseKeys(String subscale, String answers, String total, String band, String why) throws Exception {
        String prefix = java.util.Map.of("satisfaction", "c", "burnout", "b", "strain", "t").get(subscale);
        Guidance guidance = Instruments.score(Instruments.load("thirty-item-subscales"), items(prefix, answers));
        assertThat(value(guidance, subscale)).as(why).isEqualTo(total);
        assertThat(score(guidance, subscale).band().map(b -> b.label()).orElse("none")).as(why).isEqualTo(band);
    }

    @Test
    void anUnansweredSafetyItemIsReportedAsNotAnsweredNeverAsANo() throws Exception {
        Guidance guidance = Instruments.score(Instruments.load("nine-item-severity"), items("i", "0 0 0 0 0 0 0 0 -"));
        assertThat(guidance.flags()).isEmpty();
        assertThat(guidance.unansweredFlags()).extracting(f -> f.flag().id()).containsExactly("item_nine");
        assertThat(guidance.unansweredFlags().get(0).reasons()).extracting(ReportWording::fact)
                .containsExactly("you did not answer \u201cStatement nine (the safety item)\u201d");
        assertThat(total(guidance).value()).as("a total without its safety item is not a total").isEmpty();
    }

    @ParameterizedTest(name = "ifUnanswered: {0}")
    @CsvSource({"raise, 1, 0, safety", "unknown, 0, 1, watch", "ignore, 0, 0, watch"})
    void whatAFlagDoesWhenItsItemIsUnanswered(String rule, int fired, int notAnswered, String recommendation) throws Exception {
        String yaml = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/instruments/nine-item-severity.yaml"))
                .replace("    recommend: safety\n", "    recommend: safety\n    ifUnanswered: " + rule + "\n")
                .replace("    declinable: true\n", ""); // a flag that ignores unanswered items may not read declinable ones
        Guidance guidance = Instruments.score(Instruments.loadText(yaml), items("i", "0 0 0 0 0 0 0 0 -"));
        assertThat(guidance.flags()).hasSize(fired);
        assertThat(guidance.unansweredFlags()).hasSize(notAnswered);
        assertThat(guidance.recommendation().recommendation().id()).isEqualTo(recommendation);
    }

    @Test
    void anUnansweredItemThatCouldNotMakeTheFlagFireIsNotReported() throws Exception {
        String yaml = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/instruments/nine-item-severity.yaml"))
                .replace("when: \"answers.i9 >= 1\"", "when: \"answers.i9 >= 1 && answers.i1 >= 2\"");
        Guidance guidance = Instruments.score(Instruments.loadText(yaml), items("i", "0 0 0 0 0 0 0 0 -"));
        assertThat(guidance.unansweredFlags()).as("i1 = 0 rules the flag out whatever i9 would be").isEmpty();
    }

    @Test
    void aFlagRaisedForAnUnansweredItemNamesEveryFactThatWouldDecideIt() throws Exception {
        String yaml = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/instruments/nine-item-severity.yaml"))
                .replace("when: \"answers.i9 >= 1\"", "when: \"answers.i9 >= 1 && answers.i1 >= 2\"")
                .replace("    recommend: safety\n", "    recommend: safety\n    ifUnanswered: raise\n");
        Guidance guidance = Instruments.score(Instruments.loadText(yaml), items("i", "3 0 0 0 0 0 0 0 -"));
        assertThat(guidance.flags().get(0).reasons()).extracting(ReportWording::fact).containsExactly(
                "you did not answer \u201cStatement nine (the safety item)\u201d", "you answered \u201cNearly every day\u201d to \u201cStatement one\u201d");
    }
}
