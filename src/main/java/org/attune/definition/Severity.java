package org.attune.definition;

import java.util.Locale;

/** How loudly a flag speaks; urgent flags come first in a report and may override the recommendation. */
public enum Severity {
    INFO, CAUTION, URGENT;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
