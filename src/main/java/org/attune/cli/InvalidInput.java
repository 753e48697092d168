package org.attune.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.attune.diagnostics.Diagnostic;
import org.attune.diagnostics.Diagnostics;
import org.attune.diagnostics.InvalidFileException;
import org.attune.text.ControlCharacters;

/** Prints the problems of an input file on stderr, one per line, and gives the exit code for them. */
final class InvalidInput {
    private InvalidInput() {}

    static int report(InvalidFileException e, PrintWriter err) {
        Diagnostics.render(e.diagnostics(), err::println);
        long errors = e.diagnostics().stream().filter(Diagnostic::isError).count();
        String file = e.diagnostics().isEmpty() ? "" : " in " + ControlCharacters.visible(e.diagnostics().get(0).location().file());
        err.println("attune: " + String.format(Locale.ROOT, "%,d", errors) + (errors == 1 ? " problem" : " problems") + file + "; nothing was scored");
        err.flush();
        return ExitCode.INVALID_INPUT;
    }
}
