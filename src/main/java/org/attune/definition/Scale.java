package org.attune.definition;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/** A reusable, ordered set of response options, such as a 1-5 agreement scale. */
public record Scale(String id, List<ResponseOption> options) {

    public Scale {
        options = List.copyOf(options);
    }

    public BigDecimal lowest() {
        return options.stream().map(ResponseOption::value).min(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
    }

    public BigDecimal highest() {
        return options.stream().map(ResponseOption::value).max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
    }
}
