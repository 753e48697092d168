package org.attune.cli;

import java.io.PrintWriter;
import org.attune.definition.Diagnostic;
import org.attune.definition.InvalidFileException;

/** Prints the problems of an input file on stderr, one per line, and gives the exit code for them. */
final class InvalidInput {
    private InvalidInput() {}

    static int report(InvalidFileException e, PrintWriter err) {
        e.diagnostics().forEach(d -> err.println(d.render()));
        long errors = e.diagnostics().stream().filter(Diagnostic::isError).count();
        String file = e.diagnostics().isEmpty() ? "" : " in " + e.diagnostics().get(0).location().file();
        err.println("attune: " + errors + (errors == 1 ? " problem" : " problems") + file + "; nothing was scored");
        err.flush();
        return ExitCode.INVALID_INPUT;
    }
}
