package org.attune.definition;

import java.util.List;
import java.util.Optional;
import org.attune.diagnostics.Location;

/**
 * Guidance given when its condition holds; the highest priority wins. Exactly one is the default,
 * given when no other matches, and it has no condition; its {@code ifFlagged} wording replaces its own
 * when a caution or urgent flag fired. {@code rulesOut} is what it removes from the report when chosen;
 * {@code tie} the group it shares equal footing with.
 */
public record Recommendation(
        String id,
        RecommendationKind kind,
        Optional<Condition> when,
        int priority,
        String title,
        List<String> reasons,
        List<String> nextSteps,
        boolean isDefault,
        RulesOut rulesOut,
        java.util.Optional<Wording> ifFlagged,
        java.util.Optional<Tie> tie,
        Location location) {

    public Recommendation {
        reasons = List.copyOf(reasons);
        nextSteps = List.copyOf(nextSteps);
    }

    /** The same recommendation in other words. */
    public Recommendation reworded(Wording wording) {
        return new Recommendation(id, kind, when, priority, wording.title(), wording.reasons(), wording.nextSteps(), isDefault,
                rulesOut, ifFlagged, tie, location);
    }
}
