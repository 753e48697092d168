package org.attune.definition;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a score declares so that a change between two results can be judged (Jacobson &amp; Truax 1991):
 * its {@code reliability} (such as Cronbach's alpha, between 0 and 1), a reference standard deviation
 * {@code sd}, which direction is {@code better}, and an optional clinical {@code cutoff}. Reliable change
 * needs all of reliability, sd and better; without them a history says it cannot tell change from noise.
 */
public record ChangeCriteria(Optional<BigDecimal> reliability, Optional<BigDecimal> sd, Optional<Better> better,
        Optional<BigDecimal> cutoff) {

    public static final ChangeCriteria NONE = new ChangeCriteria(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** Which way a score moves when things get better. */
    public enum Better {
        HIGHER, LOWER;

        public String yamlName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Whether reliable change can be computed: reliability, sd and direction are all declared. */
    public boolean judgesReliableChange() {
        return reliability.isPresent() && sd.isPresent() && better.isPresent();
    }
}
