package org.attune.cli;

import org.attune.text.ControlCharacters;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Unexpected failures: one line to stderr and exit 1; the stack trace only with --debug. */
final class FailureHandler implements IExecutionExceptionHandler {
    private final AttuneCommand root;

    FailureHandler(AttuneCommand root) {
        this.root = root;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        var err = commandLine.getErr();
        if (root.debug()) {
            e.printStackTrace(err);
        } else {
            err.println("attune: " + ControlCharacters.visible(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            err.println("(run again with --debug for details)");
        }
        err.flush();
        return ExitCode.INVALID_INPUT;
    }
}
