package org.attune.definition;

import java.util.List;

/** A reusable, ordered set of response options, such as a 1-5 agreement scale. */
public record Scale(String id, List<ResponseOption> options) {

    public Scale {
        options = List.copyOf(options);
    }
}
