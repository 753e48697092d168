package org.attune.definition;

import java.util.List;
import java.util.Optional;
import org.attune.condition.Conditions;
import org.attune.condition.Expr;
import org.attune.condition.Name;
import org.attune.condition.Values;
import org.attune.condition.Verdict;
import org.attune.diagnostics.Location;

/**
 * A checked condition over answers, scores, bands and flags, kept with its source text and place.
 * {@code reads} lists the names it reads, in the order written, so reports can explain it.
 */
public record Condition(String source, Location location, Expr tree, List<Name> reads) {

    public Condition {
        reads = List.copyOf(reads);
    }

    Condition(String source, Location location, Expr tree) {
        this(source, location, tree, Conditions.reads(tree));
    }

    /** Whether it holds, and the names that decided it (see {@link Verdict}). */
    public Verdict evaluate(Values values) {
        return Conditions.evaluate(tree, values);
    }

    public boolean holdsFor(Values values) {
        return Conditions.holds(tree, values);
    }

    /**
     * The verdict with the names that explain it, only when the condition holds. Most do not, so the truth is
     * found first without collecting names, and the names are collected only for one that holds.
     */
    public Optional<Verdict> holding(Values values) {
        return holdsFor(values) ? Optional.of(evaluate(values)) : Optional.empty();
    }
}
