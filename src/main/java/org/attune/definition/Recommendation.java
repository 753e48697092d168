package org.attune.definition;

import java.util.List;
import java.util.Optional;

/**
 * Guidance given when its condition holds; the highest priority wins. Exactly one is the default,
 * given when no other matches, and it has no condition.
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
        Location location) {

    public Recommendation {
        reasons = List.copyOf(reasons);
        nextSteps = List.copyOf(nextSteps);
    }
}
