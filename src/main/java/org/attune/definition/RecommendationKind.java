package org.attune.definition;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of guidance attune can give; the target (which specialist, etc.) is in the wording. */
public enum RecommendationKind {
    CONTINUE, CONSULT, OWN_THERAPY, COACHING, REFER, MEDICAL_CHECK, END_WELL, SAFETY_FIRST;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<RecommendationKind> fromYaml(String text) {
        return Arrays.stream(values()).filter(k -> k.yamlName().equals(text)).findFirst();
    }

    /** Outcomes that end or hand over the work, so the report adds the ending-well checklist. */
    public boolean endsOrHandsOver() {
        return this == REFER || this == END_WELL || this == COACHING;
    }
}
