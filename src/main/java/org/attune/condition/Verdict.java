package org.attune.condition;

import java.util.List;

/**
 * Whether a condition holds, and the names that decided it (its witnesses), in the order written:
 * for {@code a || b} the parts that are true (all parts when none is); for {@code a && b} every part
 * when it holds, else the parts that are false; for {@code !a} the names under {@code a}; for a
 * comparison, function or arithmetic, every name it reads.
 */
public record Verdict(boolean holds, List<Name> deciding) {
    public Verdict {
        deciding = List.copyOf(deciding);
    }
}
