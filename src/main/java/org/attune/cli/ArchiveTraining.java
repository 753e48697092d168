package org.attune.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs several attune commands in one JVM, one after another, separated by a lone {@code ;}. A JVM records
 * one run into a start-up archive, and a session alone leaves out what 'score', 'validate' or '--version'
 * load; bin/make-archive trains on all of them at once through this. Exits with the highest exit code.
 */
public final class ArchiveTraining {
    private ArchiveTraining() {}

    public static void main(String[] args) {
        int highest = ExitCode.OK;
        for (List<String> command : commands(args)) {
            highest = Math.max(highest, Attune.execute(CliEnvironment.system(), command.toArray(String[]::new)));
        }
        System.exit(highest);
    }

    static List<List<String>> commands(String... args) {
        List<List<String>> commands = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String arg : Arrays.asList(args)) {
            if (arg.equals(";")) {
                commands.add(current);
                current = new ArrayList<>();
            } else {
                current.add(arg);
            }
        }
        commands.add(current);
        commands.removeIf(List::isEmpty);
        return commands;
    }
}
