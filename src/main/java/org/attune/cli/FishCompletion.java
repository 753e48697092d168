package org.attune.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** A fish completion script from the command model: commands, their options, option values and questionnaire ids. */
final class FishCompletion {
    private FishCompletion() {}

    static String script(CommandSpec root) {
        StringBuilder fish = new StringBuilder("# fish completion for attune (made by 'attune completion fish')\n");
        fish.append("complete -c attune -f\n");
        options(fish, root, "__fish_use_subcommand");
        for (CommandSpec command : root.subcommands().values().stream().map(c -> c.getCommandSpec()).distinct().toList()) {
            String name = command.name();
            fish.append("complete -c attune -n __fish_use_subcommand -a ").append(name).append(" -d ").append(quote(header(command))).append('\n');
            String when = "'__fish_seen_subcommand_from " + name + "'";
            options(fish, command, when);
            for (PositionalParamSpec positional : command.positionalParameters()) {
                List<String> values = candidates(positional.completionCandidates());
                if (!values.isEmpty()) {
                    fish.append("complete -c attune -n ").append(when).append(" -a ").append(quote(String.join(" ", values))).append('\n');
                } else if (positional.paramLabel().contains("FILE")) {
                    fish.append("complete -c attune -n ").append(when).append(" -F\n");
                }
            }
            for (CommandSpec sub : command.subcommands().values().stream().map(c -> c.getCommandSpec()).distinct().toList()) {
                fish.append("complete -c attune -n ").append(when).append(" -a ").append(sub.name()).append(" -d ")
                        .append(quote(header(sub))).append('\n');
            }
        }
        return fish.toString();
    }

    private static void options(StringBuilder fish, CommandSpec command, String when) {
        for (OptionSpec option : command.options()) {
            StringBuilder line = new StringBuilder("complete -c attune -n ").append(when);
            for (String name : option.names()) {
                line.append(name.startsWith("--") ? " -l " + name.substring(2) : " -s " + name.substring(1));
            }
            if (option.arity().max() > 0) {
                List<String> values = candidates(option.completionCandidates());
                line.append(values.isEmpty() ? " -r -F" : " -x -a " + quote(String.join(" ", values)));
            }
            if (option.description().length > 0) {
                line.append(" -d ").append(quote(option.description()[0].replaceAll("\\$\\{[^}]*}", "").replaceAll("\\s*\\(default: \\)", "")));
            }
            fish.append(line).append('\n');
        }
    }

    private static List<String> candidates(Iterable<String> candidates) {
        List<String> values = new ArrayList<>();
        if (candidates != null) {
            candidates.forEach(values::add);
        }
        return values;
    }

    private static String header(CommandSpec command) {
        return command.usageMessage().header().length > 0 ? command.usageMessage().header()[0] : "";
    }

    private static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
