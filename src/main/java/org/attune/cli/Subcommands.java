package org.attune.cli;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * attune's commands, registered on the root command line. Building a command's model costs picocli some
 * milliseconds each, paid before anything is shown, so only the command named on the command line is
 * registered; all of them when none or another word is named, or for 'help' and 'completion', which list them.
 */
final class Subcommands {
    /** In the order the help lists them. */
    private static final List<Map.Entry<String, Supplier<Object>>> ALL = List.of(
            Map.entry("run", RunCommand::new),
            Map.entry("resume", ResumeCommand::new),
            Map.entry("results", ResultsCommand::new),
            Map.entry("history", HistoryCommand::new),
            Map.entry("list", ListCommand::new),
            Map.entry("validate", ValidateCommand::new),
            Map.entry("explain", ExplainCommand::new),
            Map.entry("score", ScoreCommand::new),
            Map.entry("group", GroupCommand::new),
            Map.entry("export", ExportCommand::new),
            Map.entry("new", NewCommand::new),
            Map.entry("completion", CompletionCommand::new),
            Map.entry("help", CommandLine.HelpCommand::new));
    private static final List<String> LISTING_ALL = List.of("help", "completion");

    private Subcommands() {}

    static void register(CommandLine root, String... args) {
        String named = firstWord(args);
        boolean one = named != null && !LISTING_ALL.contains(named) && ALL.stream().anyMatch(e -> e.getKey().equals(named));
        ALL.stream().filter(e -> !one || e.getKey().equals(named)).forEach(e -> root.addSubcommand(e.getKey(), e.getValue().get()));
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
