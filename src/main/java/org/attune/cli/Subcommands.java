package org.attune.cli;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * attune's commands, registered on the root command line. Building a command's model costs picocli some
 * milliseconds each, paid before anything is shown, so only the command named on the command line is
 * registered; all of them when none or another word is named, or for 'help' and 'completion', which list them.
 */
final class Subcommands {
    /** In the order the help lists them. */
    private static final List<Map.Entry<String, Function<AttuneCommand, Object>>> ALL = List.of(
            Map.entry("run", root -> new RunCommand(root).spec()),
            Map.entry("resume", root -> new ResumeCommand(root).spec()),
            Map.entry("results", root -> new ResultsCommand(root).spec()),
            Map.entry("history", root -> new HistoryCommand(root).spec()),
            Map.entry("list", root -> new ListCommand(root).spec()),
            Map.entry("validate", root -> new ValidateCommand(root).spec()),
            Map.entry("explain", root -> new ExplainCommand(root).spec()),
            Map.entry("score", root -> new ScoreCommand(root).spec()),
            Map.entry("group", root -> new GroupCommand(root).spec()),
            Map.entry("export", root -> new ExportCommand(root).spec()),
            Map.entry("new", root -> new NewCommand(root).spec()),
            Map.entry("completion", root -> new CompletionCommand().spec()),
            // picocli's own, read from its annotations: only built when every command is listed
            Map.entry("help", root -> new CommandLine.HelpCommand()));
    private static final List<String> LISTING_ALL = List.of("help", "completion");

    private Subcommands() {}

    static void register(CommandLine root, AttuneCommand command, String... args) {
        String named = firstWord(args);
        boolean one = named != null && !LISTING_ALL.contains(named) && ALL.stream().anyMatch(e -> e.getKey().equals(named));
        ALL.stream().filter(e -> !one || e.getKey().equals(named)).forEach(e -> root.addSubcommand(e.getKey(), e.getValue().apply(command)));
    }

    /** The first argument that is not an option: the command's name, if it names one (the root's options take no values). */
    private static String firstWord(String... args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return arg;
            }
        }
        return null;
    }
}
