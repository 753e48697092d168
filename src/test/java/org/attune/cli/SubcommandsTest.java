package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubcommandsTest {
    static picocli.CommandLine commandLine(String... args) {
        CliEnvironment environment = new CliEnvironment(Map.of(), new ByteArrayInputStream(new byte[0]), Stdout.of(OutputStream.nullOutputStream()),
                new PrintWriter(new StringWriter()), false, OptionalInt::empty, CliRun.CLOCK);
        return Attune.commandLine(environment, args);
    }

    static Set<String> registered(String... args) {
        return commandLine(args).getSubcommands().keySet();
    }

    @Test
    void onlyTheNamedCommandIsBuilt() {
        assertThat(registered("run", "flourish-thrive")).containsExactly("run");
        assertThat(registered("--no-color", "score", "-a", "x.yaml", "q")).containsExactly("score");
        assertThat(registered("results", "show", "1")).containsExactly("results");
    }

    @Test
    void everyCommandWhenNoneOrAnUnknownOneIsNamedOrWhenTheyAreListed() {
        Set<String> all = registered();
        assertThat(all).startsWith("run", "resume", "results").contains("group", "export", "new", "completion", "help");
        assertThat(registered("--help")).isEqualTo(all);
        assertThat(registered("rnu")).as("so the usage error can suggest 'run'").isEqualTo(all);
        assertThat(registered("help", "run")).isEqualTo(all);
        assertThat(registered("completion", "bash")).isEqualTo(all);
    }

    @Test
    void theRootsOptionsAreSetWhereverTheyAreGiven() {
        for (String[] args : new String[][] {
            {"--no-color", "--debug", "score", "q", "-a", "x.yaml"},
            {"score", "q", "-a", "x.yaml", "--debug", "--no-color"},
            {"results", "show", "1", "--no-color", "--debug"},
            {"new", "questionnaire", "--debug", "x.yaml", "--no-color"}}) {
            var commandLine = commandLine(args);
            commandLine.parseArgs(args);
            AttuneCommand root = commandLine.getCommand();
            assertThat(root.noColor()).as(String.join(" ", args)).isTrue();
            assertThat(root.debug()).as(String.join(" ", args)).isTrue();
        }
        String[] neither = {"results", "show", "1"};
        var commandLine = commandLine(neither);
        AttuneCommand root = commandLine.getCommand();
        assertThat(root.noColor()).as("before parsing").isFalse();
        commandLine.parseArgs(neither);
        assertThat(root.noColor()).isFalse();
        assertThat(root.debug()).isFalse();
    }
}
