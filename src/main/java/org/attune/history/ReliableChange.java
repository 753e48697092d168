package org.attune.history;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import org.attune.definition.ChangeCriteria;
import org.attune.definition.ChangeCriteria.Better;

/**
 * The reliable change index of Jacobson &amp; Truax (1991): RC = (x2 − x1) / S_diff, with S_diff = √2 · SE
 * and SE = sd · √(1 − reliability). A change is reliable when |RC| &gt; 1.96 (less than a 5% chance that
 * measurement error alone moved the score that far); exactly 1.96 is not. Computed in decimals, so a change
 * that lands exactly on the threshold is classified as the formula says, not as rounding happens to fall.
 */
public record ReliableChange(BigDecimal sd, BigDecimal reliability, Better better) {
    public static final BigDecimal THRESHOLD = new BigDecimal("1.96");
    private static final MathContext MATH = MathContext.DECIMAL64;

    /** How one change is judged. */
    public enum Verdict { RELIABLE_IMPROVEMENT, RELIABLE_DETERIORATION, NO_RELIABLE_CHANGE }

    /** The criteria as reliable change, when the score declares all it needs. */
    public static Optional<ReliableChange> of(ChangeCriteria criteria) {
        if (!criteria.judgesReliableChange()) {
            return Optional.empty();
        }
        return Optional.of(new ReliableChange(criteria.sd().get(), criteria.reliability().get(), criteria.better().get()));
    }

    /** The standard error of measurement, SE = sd · √(1 − reliability). */
    public BigDecimal standardError() {
        return sd.multiply(BigDecimal.ONE.subtract(reliability).sqrt(MATH), MATH);
    }

    /** The standard error of the difference between two scores, S_diff = √(2 · SE²) = sd · √(2 · (1 − reliability)). */
    public BigDecimal standardErrorOfDifference() {
        return sd.multiply(BigDecimal.valueOf(2).multiply(BigDecimal.ONE.subtract(reliability)).sqrt(MATH), MATH);
    }

    /** The smallest change in points that counts as reliable: 1.96 · S_diff. */
    public BigDecimal smallestReliableChange() {
        return THRESHOLD.multiply(standardErrorOfDifference(), MATH);
    }

    /** RC for a change from {@code before} to {@code after}. */
    public BigDecimal index(BigDecimal before, BigDecimal after) {
        return after.subtract(before).divide(standardErrorOfDifference(), MATH);
    }

    public Verdict verdict(BigDecimal before, BigDecimal after) {
        BigDecimal rc = index(before, after);
        if (rc.abs().compareTo(THRESHOLD) <= 0) {
            return Verdict.NO_RELIABLE_CHANGE;
        }
        boolean up = rc.signum() > 0;
        return up == (better == Better.HIGHER) ? Verdict.RELIABLE_IMPROVEMENT : Verdict.RELIABLE_DETERIORATION;
    }

    /** A number to two decimals, as the literature reports it. */
    public static BigDecimal twoDecimals(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
