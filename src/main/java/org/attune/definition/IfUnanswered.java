package org.attune.definition;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a flag does when it did not fire but reads an unanswered item that, answered badly, would
 * have made it fire: raise it anyway, report it as not answered, or say nothing.
 */
public enum IfUnanswered {
    RAISE, UNKNOWN, IGNORE;

    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Urgent flags report a gap by default: an unanswered safety question is not a "no". */
    static IfUnanswered defaultFor(Severity severity) {
        return severity == Severity.URGENT ? UNKNOWN : IGNORE;
    }

    static Optional<IfUnanswered> fromYaml(String text) {
        return Arrays.stream(values()).filter(v -> v.yamlName().equals(text)).findFirst();
    }
}
