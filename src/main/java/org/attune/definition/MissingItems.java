package org.attune.definition;

import java.math.BigDecimal;

/** How a score treats its unanswered items, once enough are answered to score at all. */
public sealed interface MissingItems {

    /** The default: a sum is scaled up to all items (sum × total weight ÷ answered weight); a mean is the mean of the answered. */
    record Prorate() implements MissingItems {}

    /** Scored only when every item is answered. */
    record Complete() implements MissingItems {}

    /** A missing item counts as if it had been answered with this value (reverse scoring applies). */
    record Fill(BigDecimal value) implements MissingItems {}
}
