package org.attune.condition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** What a name holds, as the type checker sees it, so comparisons that can never hold are caught. */
public sealed interface ValueType {

    /** A number item or a score; the range is known when both ends are. */
    record Numeric(Optional<BigDecimal> low, Optional<BigDecimal> high) implements ValueType {}

    record Choice(List<Option> options) implements ValueType {
        public Choice {
            options = List.copyOf(options);
        }
    }

    record Multi(List<Option> options) implements ValueType {
        public Multi {
            options = List.copyOf(options);
        }
    }

    record YesNo() implements ValueType {}

    record FreeText() implements ValueType {}

    /** A score's band: one of its labels. */
    record Band(List<String> labels) implements ValueType {
        public Band {
            labels = List.copyOf(labels);
        }
    }

    /** A flag: true when it fired. */
    record Flag() implements ValueType {}
}
