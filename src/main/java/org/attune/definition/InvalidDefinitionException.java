package org.attune.definition;

import java.util.List;

/** Thrown when a file cannot be turned into a model; carries every problem found, each with its place. */
public final class InvalidDefinitionException extends Exception {
    private final transient List<Diagnostic> diagnostics;

    public InvalidDefinitionException(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "invalid" : diagnostics.get(0).render());
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
