package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubcommandsTest {
    static Set<String> registered(String... args) {
        CliEnvironment environment = new CliEnvironment(Map.of(), new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), false, OptionalInt::empty, CliRun.CLOCK);
        return Attune.commandLine(environment, args).getSubcommands().keySet();
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
}
