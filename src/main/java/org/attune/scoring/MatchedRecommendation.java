package org.attune.scoring;

import java.util.List;
import java.util.Optional;
import org.attune.definition.Flag;
import org.attune.definition.Recommendation;

/**
 * A recommendation that applies: because its condition matched (with the facts it read), because a flag
 * forced it, or because it is the default and nothing else matched.
 */
public record MatchedRecommendation(Recommendation recommendation, List<Reason> reasons, Optional<Flag> forcedBy) {
    public MatchedRecommendation {
        reasons = List.copyOf(reasons);
    }
}
