package org.attune.definition;

import java.math.BigDecimal;
import java.util.Optional;

/** What every item has, whatever its kind. */
public record ItemCommon(
        String id,
        Location location,
        String text,
        String help,
        boolean required,
        boolean reverse,
        BigDecimal weight,
        Optional<Condition> showIf) {}
