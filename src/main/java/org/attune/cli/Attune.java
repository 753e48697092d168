package org.attune.cli;

import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Help;

/** Builds the picocli command line with attune's streams, colours and error handling. */
public final class Attune {
    private Attune() {}

    public static int execute(CliEnvironment environment, String... args) {
        int code;
        if (VersionProvider.onlyAskedFor(args)) {
            code = VersionProvider.print(environment.out());
        } else {
            QuestionnaireAhead ahead = QuestionnaireAhead.start(environment, args);
            try (FirstScreen first = FirstScreen.show(environment, args)) {
                code = commandLine(environment, first, ahead, args).execute(args);
            }
        }
        // a full disk or a closed pipe must not pass for success: the output is checked once, at the end
        if (environment.out().checkError()) {
            environment.err().println("attune: could not write to standard output (a full disk or a closed pipe?); the output is incomplete");
            environment.err().flush();
            return code == ExitCode.OK ? ExitCode.INVALID_INPUT : code;
        }
        return code;
    }

    static CommandLine commandLine(CliEnvironment environment, String... args) {
        return commandLine(environment, FirstScreen.none(), QuestionnaireAhead.none(), args);
    }

    private static CommandLine commandLine(CliEnvironment environment, FirstScreen first, QuestionnaireAhead ahead, String... args) {
        AttuneCommand root = new AttuneCommand(environment, first, ahead);
        CommandLine commandLine = new CommandLine(root.spec());
        Subcommands.register(commandLine, root, args);
        commandLine.setOut(environment.out());
        commandLine.setErr(environment.err());
        commandLine.setExecutionExceptionHandler(new FailureHandler(root));
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        HelpText.reflow(commandLine);
        // picocli renders help before options are applied, so --no-color is looked for here too
        if (environment.noColorRequested() || Arrays.asList(args).contains("--no-color")) {
            commandLine.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
        }
        return commandLine;
    }
}
