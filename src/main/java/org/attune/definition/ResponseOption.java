package org.attune.definition;

import java.math.BigDecimal;

/**
 * One answer a person can pick. {@code value} is what scoring and expressions use; {@code key},
 * when given, is a short name expressions and answer files may use instead of the label.
 */
public record ResponseOption(BigDecimal value, String label, String key) {

    /** The name this option goes by in expressions and answer files. */
    public String name() {
        return key.isEmpty() ? label : key;
    }
}
