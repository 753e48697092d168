package org.attune.definition;

import java.util.Optional;
import org.attune.diagnostics.Location;

/**
 * Something worth noticing whatever the scores say; {@code recommend} names a recommendation it forces,
 * {@code ifUnanswered} what happens when an unanswered item might have made it fire, {@code rulesOut} what
 * it removes from the report when it fires.
 */
public record Flag(String id, Condition when, Severity severity, String message, Optional<String> recommend,
        IfUnanswered ifUnanswered, RulesOut rulesOut, Location location) {}
