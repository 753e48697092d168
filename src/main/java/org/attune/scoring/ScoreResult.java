package org.attune.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import org.attune.definition.Band;
import org.attune.definition.Score;

/**
 * A computed score: its value (absent when fewer than the minimum items were answered, so it is never
 * a wrong number), its band, and how many of its items were answered.
 */
public record ScoreResult(Score score, Optional<BigDecimal> value, Optional<Band> band, int answered, int of) {

    public boolean hasValue() {
        return value.isPresent();
    }
}
