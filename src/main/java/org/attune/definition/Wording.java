package org.attune.definition;

import java.util.List;

/** A recommendation's words: its title, why, and next steps. */
public record Wording(String title, List<String> reasons, List<String> nextSteps) {
    public Wording {
        reasons = List.copyOf(reasons);
        nextSteps = List.copyOf(nextSteps);
    }
}
