package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Earlier answers imported and their history written, through bin/attune with stdin closed, as a script would. */
class HistoryIT {

    @Test
    void importThenHistoryAsCsvAndText(@TempDir Path home) throws Exception {
        Map<String, String> env = Map.of("XDG_DATA_HOME", home.resolve("data").toString(), "XDG_CONFIG_HOME", home.resolve("config").toString(),
                "LANG", "C.UTF-8");
        LauncherProcess imported = LauncherProcess.run(env, null, "results", "import", "--questionnaire", "src/test/resources/history/strain-check.yaml",
                "src/test/resources/history/answers");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).isEmpty();
        assertThat(imported.err()).endsWith("attune: 7 imported, 0 already kept; see them with: attune results\n");

        LauncherProcess csv = LauncherProcess.run(env, null, "history", "src/test/resources/history/strain-check.yaml", "--format", "csv");
        assertThat(csv.exitCode()).isZero();
        assertThat(csv.err()).isEmpty();
        assertThat(csv.out()).isEqualTo(Files.readString(Path.of("src/test/resources/golden/history/all.csv")));

        LauncherProcess text = LauncherProcess.run(env, null, "history", "src/test/resources/history/strain-check.yaml", "--respondent", "A.B.",
                "--last", "3");
        assertThat(text.out()).isEqualTo(Files.readString(Path.of("src/test/resources/golden/history/ab-last-3.txt")));

        LauncherProcess delete = LauncherProcess.run(env, null, "results", "delete", "--all");
        assertThat(delete.exitCode()).as("no confirmation on a closed stdin").isEqualTo(2);
        assertThat(LauncherProcess.run(env, null, "results", "delete", "--all", "--yes").exitCode()).isZero();
        assertThat(LauncherProcess.run(env, null, "history", "src/test/resources/history/strain-check.yaml").err()).startsWith("No results");
    }
}
