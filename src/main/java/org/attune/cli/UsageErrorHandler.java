package org.attune.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attune.text.Suggestions;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Usage errors in plain sentences (not picocli's "Unmatched argument at index 0"), with "did you mean"
 * for a mistyped command or option, and where to get help; exit 2.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("attune: " + sentence(e));
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCode.USAGE;
    }

    static String sentence(ParameterException e) {
        CommandSpec spec = e.getCommandLine().getCommandSpec();
        String command = "'" + spec.qualifiedName() + "'";
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().get(0);
            if (first.startsWith("-")) {
                String name = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
                List<String> options = new ArrayList<>();
                spec.options().forEach(o -> options.addAll(List.of(o.names())));
                return command + " has no option " + name + suggestion(name, options);
            }
            if (!spec.subcommands().isEmpty()) {
                String of = spec.parent() == null ? "" : " of " + command;
                return "'" + first + "' is not a command" + of + suggestion(first, spec.subcommands().keySet());
            }
            return command + " takes no further argument '" + first + "'";
        }
        if (e instanceof MissingParameterException missing) {
            List<String> needed = missing.getMissing().stream().map(UsageErrorHandler::describe).toList();
            return command + " needs " + String.join("; and ", needed);
        }
        return Optional.ofNullable(e.getMessage()).orElse("the command line is not valid");
    }

    private static String describe(ArgSpec arg) {
        String name = arg instanceof OptionSpec option ? option.longestName() + " " + arg.paramLabel() : arg.paramLabel();
        String description = arg.description().length == 0 ? "" : arg.description()[0];
        // the first sentence says what it is
        String first = description.split("(?<=[.;])\\s", 2)[0].replaceAll("[.;]$", "");
        return first.isEmpty() ? name : name + ": " + lowerFirst(first);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String suggestion(String written, java.util.Collection<String> known) {
        return Suggestions.closest(written, known).map(k -> "; did you mean " + k + "?").orElse("");
    }
}
