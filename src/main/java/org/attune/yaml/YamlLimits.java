package org.attune.yaml;

/**
 * Bounds that keep a hostile or broken file from using unbounded time or memory.
 * Generous for any questionnaire a person writes by hand.
 */
public record YamlLimits(long maxBytes, int maxDepth, int maxScalarLength, int maxNodes) {

    public static final YamlLimits DEFAULT = new YamlLimits(1024 * 1024, 32, 20_000, 200_000);
}
