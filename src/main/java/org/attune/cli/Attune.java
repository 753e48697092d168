package org.attune.cli;

import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Help;

/** Builds the picocli command line with attune's streams, colours and error handling. */
public final class Attune {
    private Attune() {}

    public static int execute(CliEnvironment environment, String... args) {
        return commandLine(environment, args).execute(args);
    }

    static CommandLine commandLine(CliEnvironment environment, String... args) {
        AttuneCommand root = new AttuneCommand(environment);
        CommandLine commandLine = new CommandLine(root);
        commandLine.setOut(environment.out());
        commandLine.setErr(environment.err());
        commandLine.setExecutionExceptionHandler(new FailureHandler(root));
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        HelpText.reflow(commandLine);
        // picocli renders help before options are applied, so --no-color is looked for here too
        if (environment.noColorRequested() || Arrays.asList(args).contains("--no-color")) {
            commandLine.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
        }
        return commandLine;
    }
}
