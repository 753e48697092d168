package org.attune.diagnostics;

import java.util.List;

/** Thrown when an input file (a questionnaire, an answers file) is not valid; carries every problem found, each with its place. */
public final class InvalidFileException extends Exception {
    private final transient List<Diagnostic> diagnostics;

    public InvalidFileException(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "invalid" : diagnostics.get(0).render());
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
