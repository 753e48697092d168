package org.attune.condition;

import java.math.BigDecimal;

/** One answer option as conditions see it: its value, and the key and label it can be named by. */
public record Option(BigDecimal value, String key, String label) {

    /** Whether a condition's text names this option (by key or by label). */
    public boolean isNamed(String text) {
        return (!key.isEmpty() && key.equals(text)) || label.equals(text);
    }

    /** The name a condition should use for it. */
    public String name() {
        return key.isEmpty() ? label : key;
    }
}
