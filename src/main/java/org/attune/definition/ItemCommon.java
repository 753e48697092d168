package org.attune.definition;

import java.math.BigDecimal;
import java.util.Optional;
import org.attune.diagnostics.Location;

/**
 * What every item has, whatever its kind. {@code declinable}: the person may answer "prefer not to
 * answer", which is recorded as declined and counted as missing.
 */
public record ItemCommon(
        String id,
        Location location,
        String text,
        String help,
        boolean required,
        boolean declinable,
        boolean reverse,
        BigDecimal weight,
        Optional<Condition> showIf) {}
