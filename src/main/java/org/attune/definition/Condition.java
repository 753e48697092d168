package org.attune.definition;

import java.util.Set;
import org.apache.commons.jexl3.JexlExpression;

/**
 * A compiled expression over answers, scores, bands and flags, kept with its source text and place.
 * {@code reads} lists the names it reads, such as {@code scores.empathy}, so reports can explain it.
 */
public record Condition(String source, Location location, JexlExpression compiled, Set<String> reads) {

    public Condition {
        reads = Set.copyOf(reads);
    }
}
