package org.attune.definition;

import java.util.Map;
import java.util.Set;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlExpression;
import org.apache.commons.jexl3.MapContext;

/**
 * A compiled expression over answers, scores, bands and flags, kept with its source text and place.
 * {@code reads} lists the names it reads, such as {@code scores.empathy}, so reports can explain it.
 */
public record Condition(String source, Location location, JexlExpression compiled, Set<String> reads) {

    public Condition {
        // keeps the written order, so reasons are explained in the order the condition reads them
        reads = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(reads));
    }

    /**
     * Evaluates the condition over named values: {@code answers}, {@code scores}, {@code bands} and
     * {@code flags}, each a map from id to value (null when missing). Only a true result holds;
     * a condition that fails on a missing value does not.
     */
    public boolean holdsFor(Map<String, Map<String, Object>> values) {
        try {
            return Boolean.TRUE.equals(compiled.evaluate(new MapContext(Map.copyOf(values))));
        } catch (JexlException e) {
            return false;
        }
    }
}
