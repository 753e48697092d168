package org.attune.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.attune.definition.ChangeCriteria;
import org.attune.definition.ChangeCriteria.Better;
import org.attune.history.ReliableChange.Verdict;
import org.junit.jupiter.api.Test;

/** The reliable change index of Jacobson & Truax (1991), against worked numbers and exactly at its threshold. */
class ReliableChangeTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static String two(BigDecimal value) {
        return ReliableChange.twoDecimals(value).toPlainString();
    }

    @Test
    void theWorkedExample() {
        // sd 7.5 and reliability .80, the figures cited for Jacobson & Truax's (1991) worked example:
        // SE 3.35, S_diff 4.74, and 1.96 · S_diff = 9.30 points
        ReliableChange rc = new ReliableChange(d("7.5"), d("0.80"), Better.HIGHER);
        assertThat(two(rc.standardError())).isEqualTo("3.35");
        assertThat(two(rc.standardErrorOfDifference())).isEqualTo("4.74");
        assertThat(two(rc.smallestReliableChange())).isEqualTo("9.30");
        // S_diff is √2 · SE, however it is computed
        assertThat(two(rc.standardError().multiply(BigDecimal.valueOf(2).sqrt(java.math.MathContext.DECIMAL64)))).isEqualTo("4.74");
        // a change of 10 points: RC = 10 / 4.743 = 2.11
        assertThat(two(rc.index(d("90"), d("100")))).isEqualTo("2.11");
        assertThat(rc.verdict(d("90"), d("100"))).isEqualTo(Verdict.RELIABLE_IMPROVEMENT);
        assertThat(rc.verdict(d("90"), d("99"))).as("9 points is less than 9.30").isEqualTo(Verdict.NO_RELIABLE_CHANGE);
    }

    @Test
    void theTextbookExampleFromAStandardError() {
        // Wodrich, "How to calculate a reliable change index" (an open textbook's appendix): Piers-Harris-2 total,
        // SEM 3.07, so S_diff = √(2 · 3.07²) = 4.34 and 1.96 · 4.34 = 8.51; a pre-post change from 24 to 35 is reliable.
        // sd 6.14 with reliability .75 gives exactly that SEM (6.14 · √.25 = 3.07).
        ReliableChange rc = new ReliableChange(d("6.14"), d("0.75"), Better.HIGHER);
        assertThat(rc.standardError()).isEqualByComparingTo("3.07");
        assertThat(two(rc.standardErrorOfDifference())).isEqualTo("4.34");
        assertThat(two(rc.smallestReliableChange())).isEqualTo("8.51");
        assertThat(rc.verdict(d("24"), d("35"))).isEqualTo(Verdict.RELIABLE_IMPROVEMENT);
    }

    @Test
    void moreReliableScoresNeedSmallerChanges() {
        // SE = 10 · √(1 − .91) = 3.00; S_diff = 4.24; 1.96 · S_diff = 8.32
        ReliableChange rc = new ReliableChange(d("10"), d("0.91"), Better.LOWER);
        assertThat(two(rc.standardError())).isEqualTo("3.00");
        assertThat(two(rc.standardErrorOfDifference())).isEqualTo("4.24");
        assertThat(two(rc.smallestReliableChange())).isEqualTo("8.32");
    }

    @Test
    void exactlyAtTheThresholdIsNoReliableChange() {
        // sd 10 and reliability .5 make S_diff exactly 10, so a change of 19.6 is RC = 1.96 exactly
        ReliableChange higher = new ReliableChange(d("10"), d("0.5"), Better.HIGHER);
        assertThat(higher.standardErrorOfDifference()).isEqualByComparingTo("10");
        assertThat(higher.index(d("0"), d("19.6"))).isEqualByComparingTo("1.96");
        assertThat(higher.verdict(d("0"), d("19.6"))).isEqualTo(Verdict.NO_RELIABLE_CHANGE);
        assertThat(higher.verdict(d("19.6"), d("0"))).isEqualTo(Verdict.NO_RELIABLE_CHANGE);
        assertThat(higher.verdict(d("0"), d("19.61"))).isEqualTo(Verdict.RELIABLE_IMPROVEMENT);
        assertThat(higher.verdict(d("19.61"), d("0"))).isEqualTo(Verdict.RELIABLE_DETERIORATION);
    }

    @Test
    void whichWayIsBetterDecidesImprovementOrDeterioration() {
        ReliableChange lower = new ReliableChange(d("10"), d("0.5"), Better.LOWER);
        assertThat(lower.verdict(d("30"), d("10"))).isEqualTo(Verdict.RELIABLE_IMPROVEMENT);
        assertThat(lower.verdict(d("10"), d("30"))).isEqualTo(Verdict.RELIABLE_DETERIORATION);
        assertThat(lower.verdict(d("10"), d("10"))).isEqualTo(Verdict.NO_RELIABLE_CHANGE);
    }

    @Test
    void onlyWithReliabilitySdAndDirection() {
        assertThat(ReliableChange.of(ChangeCriteria.NONE)).isEmpty();
        assertThat(ReliableChange.of(new ChangeCriteria(Optional.of(d("0.8")), Optional.of(d("7.5")), Optional.empty(), Optional.empty()))).isEmpty();
        assertThat(ReliableChange.of(new ChangeCriteria(Optional.of(d("0.8")), Optional.of(d("7.5")), Optional.of(Better.LOWER), Optional.empty())))
                .contains(new ReliableChange(d("7.5"), d("0.8"), Better.LOWER));
    }
}
