package org.attune.definition;

import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Optional;

/** How a score's value is rounded to its decimals before banding. */
public enum Rounding {
    HALF_UP("half-up", RoundingMode.HALF_UP, "halves rounded up"),
    HALF_EVEN("half-even", RoundingMode.HALF_EVEN, "halves rounded to the even neighbour"),
    DOWN("down", RoundingMode.DOWN, "rounded down (towards zero)"),
    NONE("none", null, "not rounded");

    private final String yamlName;
    private final RoundingMode mode;
    private final String words;

    Rounding(String yamlName, RoundingMode mode, String words) {
        this.yamlName = yamlName;
        this.mode = mode;
        this.words = words;
    }

    public String yamlName() {
        return yamlName;
    }

    /** In plain words, for explain. */
    public String words() {
        return words;
    }

    /** Empty for {@link #NONE}. */
    public Optional<RoundingMode> mode() {
        return Optional.ofNullable(mode);
    }

    static Optional<Rounding> fromYaml(String text) {
        return Arrays.stream(values()).filter(r -> r.yamlName.equals(text)).findFirst();
    }
}
