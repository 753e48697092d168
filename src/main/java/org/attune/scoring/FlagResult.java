package org.attune.scoring;

import java.util.List;
import org.attune.definition.Flag;

/** A flag that fired, with the facts its condition read. */
public record FlagResult(Flag flag, List<Reason> reasons) {
    public FlagResult {
        reasons = List.copyOf(reasons);
    }
}
