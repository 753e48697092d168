package org.attune.definition;

import java.math.BigDecimal;
import org.attune.diagnostics.Location;

/** A range of a score, both ends included, with a label and what it means for the person. */
public record Band(BigDecimal min, BigDecimal max, String label, String meaning, Location location) {

    public boolean contains(BigDecimal value) {
        return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
    }
}
