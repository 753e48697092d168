package org.attune.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.definition.Recommendation;
import org.attune.definition.Tie;
import org.attune.definition.Wording;

/**
 * When several recommendations of one tie group match, the report says so once: the first (in rank
 * order) gives the group's reason naming them all, the others give no reason of their own, so no two
 * recommendations both claim to be "the area that most needs attention".
 */
final class Ties {
    private Ties() {}

    static List<MatchedRecommendation> sayOnce(List<MatchedRecommendation> ranked) {
        Map<String, List<MatchedRecommendation>> groups = new LinkedHashMap<>();
        for (MatchedRecommendation m : ranked) {
            m.recommendation().tie().ifPresent(t -> groups.computeIfAbsent(t.group(), g -> new ArrayList<>()).add(m));
        }
        List<MatchedRecommendation> worded = new ArrayList<>(ranked);
        for (List<MatchedRecommendation> members : groups.values()) {
            if (members.size() < 2) {
                continue;
            }
            String names = join(members.stream().map(m -> m.recommendation().tie().orElseThrow().name()).toList());
            for (int i = 0; i < members.size(); i++) {
                MatchedRecommendation m = members.get(i);
                Recommendation r = m.recommendation();
                List<String> reasons = i == 0 ? List.of(r.tie().orElseThrow().reason().replace(Tie.NAMES, names)) : List.of();
                worded.set(worded.indexOf(m), new MatchedRecommendation(r.reworded(new Wording(r.title(), reasons, r.nextSteps())),
                        m.reasons(), m.forcedBy()));
            }
        }
        return worded;
    }

    /** "A", "A and B", "A, B and C". */
    static String join(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
