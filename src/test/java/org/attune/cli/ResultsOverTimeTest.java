package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** history, results import, compare and delete, in process, on results kept in a temporary data folder. */
class ResultsOverTimeTest {
    static final Path ANSWERS = Path.of("src/test/resources/history/answers");

    @TempDir
    Path home;

    Map<String, String> env;

    @BeforeEach
    void setUp() throws IOException {
        Path questionnaires = Files.createDirectories(home.resolve("config/attune/questionnaires"));
        Files.copy(Path.of("src/test/resources/history/strain-check.yaml"), questionnaires.resolve("strain-check.yaml"));
        env = Map.of("XDG_DATA_HOME", home.resolve("data").toString(), "XDG_CONFIG_HOME", home.resolve("config").toString());
    }

    Path results() {
        return home.resolve("data/attune/results");
    }

    CliRun importAll() {
        CliRun run = CliRun.of(env, "results", "import", ANSWERS.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    @Test
    void noResultsYetIsSaidOnStderrAndDataFormatsStayReadable() throws IOException {
        CliRun text = CliRun.of(env, "history", "strain-check");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).isEmpty();
        assertThat(text.err()).isEqualTo("No results of 'strain-check' yet. Answer it with: attune run strain-check\n");
        CliRun json = CliRun.of(env, "history", "strain-check", "--format", "json");
        assertThat(new ObjectMapper().readTree(json.out()).path("people").size()).isZero();
        assertThat(CliRun.of(env, "history", "strain-check", "--format", "csv").out().lines()).hasSize(1);
    }

    @Test
    void importedResultsAreKeptPrivatelyAndInTheOrderTaken() throws IOException {
        CliRun run = importAll();
        assertThat(run.err()).contains("imported " + ANSWERS.resolve("ab-1.yaml") + " (strain-check, taken 12 January 2026, 10:00, A.B.)")
                .endsWith("attune: 7 imported, 0 already kept; see them with: attune results\n");
        try (Stream<Path> files = Files.list(results())) {
            for (Path f : files.toList()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).as(f.toString()).isEqualTo("rw-------");
            }
        }
        JsonNode history = new ObjectMapper().readTree(CliRun.of(env, "history", "strain-check", "--format", "json").out());
        assertThat(history.path("people").get(0).path("results").findValuesAsText("takenAt")).containsExactly("2026-01-12T10:00:00Z",
                "2026-03-09T10:00:00Z", "2026-05-11T10:00:00Z", "2026-07-13T10:00:00Z", "2026-09-14T10:00:00Z");
    }

    @Test
    void importingTheSameAnswersAgainIsSkipped() throws IOException {
        importAll();
        CliRun again = CliRun.of(env, "results", "import", ANSWERS.resolve("ab-2.yaml").toString(), ANSWERS.resolve("ab-2.yaml").toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.err()).isEqualTo("skipped " + ANSWERS.resolve("ab-2.yaml") + ": the same answers are result 3\n"
                + "skipped " + ANSWERS.resolve("ab-2.yaml") + ": the same answers are result 3\n"
                + "attune: 0 imported, 2 already kept; see them with: attune results\n");
        // the same time and pseudonym with other answers is another result
        Path changed = home.resolve("ab-2-changed.yaml");
        Files.writeString(changed, Files.readString(ANSWERS.resolve("ab-2.yaml")).replace("s1: 4", "s1: 3"));
        CliRun other = CliRun.of(env, "results", "import", changed.toString(), changed.toString());
        assertThat(other.err()).contains("imported " + changed).contains("skipped " + changed + ": the same answers as a file imported just now");
        try (Stream<Path> files = Files.list(results())) {
            assertThat(files.filter(f -> f.toString().endsWith(".answers.yaml")).count()).isEqualTo(8);
        }
    }

    @Test
    void importNeedsToKnowWhenTheAnswersWereGiven() throws IOException {
        Path undated = home.resolve("undated.yaml");
        Files.writeString(undated, Files.readString(ANSWERS.resolve("ab-1.yaml")).replace("takenAt: 2026-01-12T10:00:00Z\n", ""));
        CliRun run = CliRun.of(env, "results", "import", undated.toString(), ANSWERS.resolve("ab-1.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(undated + ":1:1: the answers do not say when they were given; add 'takenAt:'")
                .endsWith("attune: 1 imported, 0 already kept, 1 with problems (not imported); see them with: attune results\n");
    }

    @Test
    void aQuestionnaireOutsideTheFoldersIsNamedWithQuestionnaire() throws IOException {
        Map<String, String> noConfig = Map.of("XDG_DATA_HOME", home.resolve("data").toString(), "XDG_CONFIG_HOME", home.resolve("none").toString());
        CliRun unknown = CliRun.of(noConfig, "results", "import", ANSWERS.resolve("cd-1.yaml").toString());
        assertThat(unknown.exitCode()).isEqualTo(1);
        CliRun named = CliRun.of(noConfig, "results", "import", "--questionnaire", "src/test/resources/history/strain-check.yaml",
                ANSWERS.resolve("cd-1.yaml").toString());
        assertThat(named.exitCode()).as(named.err()).isZero();
        assertThat(CliRun.of(noConfig, "history", "src/test/resources/history/strain-check.yaml").out()).contains("ABOUT C.D.");
    }

    @Test
    void aCorruptResultIsSkippedWithAWarningNamingIt() throws IOException {
        importAll();
        Path report;
        try (Stream<Path> files = Files.list(results())) {
            report = files.filter(f -> f.toString().endsWith(".report.json")).sorted().toList().get(1);
        }
        Files.writeString(report, "{\"questionnaire\": {\"id\": \"strain-check\"}, \"scores\": [");
        CliRun run = CliRun.of(env, "history", "strain-check", "--format", "csv");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).startsWith("attune: warning: skipped result 2: " + report + " is not a valid report (it is not valid JSON at line 1");
        assertThat(run.out()).doesNotContain("C.D.,2,");
        assertThat(run.out()).contains("C.D.,5,");
    }

    @Test
    void aResultFromANewerAttuneIsSkippedAndOlderOnesWithoutAVersionStillLoad() throws IOException {
        importAll();
        List<Path> reports;
        try (Stream<Path> files = Files.list(results())) {
            reports = files.filter(f -> f.toString().endsWith(".report.json")).sorted().toList();
        }
        Files.writeString(reports.get(0), Files.readString(reports.get(0)).replace("\"reportVersion\" : 1", "\"reportVersion\" : 2"));
        Files.writeString(reports.get(1), Files.readString(reports.get(1)).replace("\"reportVersion\" : 1,", ""));
        CliRun run = CliRun.of(env, "history", "strain-check", "--format", "csv");
        assertThat(run.err()).isEqualTo("attune: warning: skipped result 1: " + reports.get(0)
                + " was written by a newer attune (report version 2); update attune to read it\n");
        assertThat(run.out()).doesNotContain("A.B.,1,").contains("C.D.,2,");
    }

    @Test
    void badFiltersAreUsageErrors() {
        CliRun last = CliRun.of(env, "history", "strain-check", "--last", "0");
        assertThat(last.exitCode()).isEqualTo(2);
        assertThat(last.err()).isEqualTo("attune: --last is 0; give a number of results from 1 up\n");
        CliRun since = CliRun.of(env, "history", "strain-check", "--since", "last week");
        assertThat(since.exitCode()).isEqualTo(2);
        assertThat(since.err()).startsWith("attune: Invalid value for option '--since': 'last week' is not a date; write it as 2026-03-01\n")
                .doesNotContain("java.");
        CliRun unknown = CliRun.of(env, "history", "strain-chek");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("strain-check");
    }

    @Test
    void noMatchIsSaid() {
        importAll();
        CliRun run = CliRun.of(env, "history", "strain-check", "--respondent", "Z.Z.");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("No results of 'strain-check' match; 'attune results' lists them all\n");
    }

    @Test
    void compareRefusesToCompareAResultWithItself() {
        CliRun run = CliRun.of(env, "results", "compare", "4", "4");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("compares two different results");
    }

    @Test
    void compareShowsScoresAndChangedAnswersOfOnePerson() throws IOException {
        importAll();
        CliRun run = CliRun.of(env, "results", "compare", "4", "6");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("  Strain   12 (low)            22 (moderate)  +10 (reliable deterioration)")
                .contains("  Support  not enough answers  9 (steady)").contains("Support statement two\n    #4 not answered \u2192 #6 Often");
        JsonNode json = new ObjectMapper().readTree(CliRun.of(env, "results", "compare", "4", "6", "--format", "json").out());
        assertThat(json.path("scores").get(0).path("rc").decimalValue()).isEqualByComparingTo("2.11");
        assertThat(json.path("answers").findValuesAsText("item")).hasSize(13);
    }

    @Test
    void compareAcrossPeopleShowsDifferencesButJudgesNone() {
        importAll();
        CliRun run = CliRun.of(env, "results", "compare", "1", "2");
        assertThat(run.out()).contains("These results are about different people (A.B. and C.D.)").contains("-14\n")
                .doesNotContain("reliable improvement");
        assertThat(CliRun.of(env, "results", "compare", "1", "99").exitCode()).isEqualTo(2);
    }

    @Test
    void deleteAsksFirst() throws IOException {
        importAll();
        CliRun no = CliRun.withInput(env, "n\n", "results", "delete", "1");
        assertThat(no.exitCode()).isZero();
        assertThat(no.err()).contains("Delete this result? This cannot be undone. [y/N] ").endsWith("Nothing was deleted.\n");
        CliRun noAnswer = CliRun.of(env, "results", "delete", "1");
        assertThat(noAnswer.exitCode()).isEqualTo(2);
        assertThat(noAnswer.err()).endsWith("attune: nothing was deleted: there was no answer; add --yes to delete without asking\n");
        assertThat(count()).isEqualTo(14);
        CliRun yes = CliRun.withInput(env, "y\n", "results", "delete", "1", "2");
        assertThat(yes.err()).endsWith("Deleted 2 results.\n");
        assertThat(count()).isEqualTo(10);
        assertThat(CliRun.of(env, "results", "delete", "9", "--yes").exitCode()).as("no result 9: nothing deleted").isEqualTo(2);
        assertThat(count()).isEqualTo(10);
        assertThat(CliRun.of(env, "results", "delete", "--all", "--yes").err()).isEqualTo("Deleted 5 results.\n");
        assertThat(count()).isZero();
        assertThat(CliRun.of(env, "results", "delete", "--all", "1").exitCode()).isEqualTo(2);
    }

    private long count() throws IOException {
        try (Stream<Path> files = Files.list(results())) {
            return files.count();
        }
    }
}
