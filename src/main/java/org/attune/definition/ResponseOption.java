package org.attune.definition;

import java.math.BigDecimal;
import org.attune.condition.Option;

/**
 * One answer a person can pick. {@code value} is what scoring and expressions use; {@code key},
 * when given, is a short name expressions and answer files may use instead of the label.
 */
public record ResponseOption(BigDecimal value, String label, String key) {

    /** The name this option goes by in expressions and answer files. */
    public String name() {
        return key.isEmpty() ? label : key;
    }

    /** The option as conditions compare it. */
    public Option asConditionOption() {
        return new Option(value, key, label);
    }
}
