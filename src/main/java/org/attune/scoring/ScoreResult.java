package org.attune.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import org.attune.definition.Band;
import org.attune.definition.MissingItems;
import org.attune.definition.Score;

/**
 * A computed score: its value (absent when fewer than the minimum items were answered, so it is never
 * a wrong number), its band, how many of its items were answered, and how the value came about:
 * {@code answeredValue} is the weighted sum or mean of the answered items alone, {@code unrounded} the
 * value after missing items were prorated or filled, before rounding. {@code declined} counts the items
 * the person preferred not to answer (missing, like skipped ones, but said so).
 */
public record ScoreResult(Score score, Optional<BigDecimal> value, Optional<Band> band, int answered, int declined, int of,
        Optional<BigDecimal> answeredValue, Optional<BigDecimal> unrounded) {

    public boolean hasValue() {
        return value.isPresent();
    }

    /** A value that stands for more items than were answered. */
    public boolean isProrated() {
        return hasValue() && answered < of && score.missing() instanceof MissingItems.Prorate;
    }
}
