package org.attune.definition;

import java.util.Set;
import org.attune.diagnostics.Location;

/**
 * What a flag or recommendation rules out of the report when it fires or is chosen: recommendations by
 * id, or every recommendation of some kinds. So a report never offers, say, "celebrate what the client
 * achieved" under an urgent safety flag.
 */
public record RulesOut(Set<RecommendationKind> kinds, Set<String> recommendations, Location location) {

    public RulesOut {
        // kept in the order written, so messages and explain follow the file
        kinds = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(kinds));
        recommendations = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(recommendations));
    }

    static RulesOut none(Location location) {
        return new RulesOut(Set.of(), Set.of(), location);
    }

    public boolean isEmpty() {
        return kinds.isEmpty() && recommendations.isEmpty();
    }

    public boolean covers(Recommendation recommendation) {
        return kinds.contains(recommendation.kind()) || recommendations.contains(recommendation.id());
    }
}
