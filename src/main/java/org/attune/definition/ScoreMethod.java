package org.attune.definition;

public enum ScoreMethod {
    SUM, MEAN;

    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
