package org.attune.definition;

import java.util.Optional;

/** Something worth noticing whatever the scores say; {@code recommend} names a recommendation it forces. */
public record Flag(String id, Condition when, Severity severity, String message, Optional<String> recommend, Location location) {}
