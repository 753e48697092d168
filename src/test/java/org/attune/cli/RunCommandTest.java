package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'attune run', 'resume' and 'results' without a terminal: plain, line-by-line prompts fed from a pipe. */
class RunCommandTest {
    static final String QUESTIONNAIRE = "src/test/resources/session/three-questions.yaml";
    @TempDir
    Path dir;
    Map<String, String> env;

    @BeforeEach
    void folders() {
        env = Map.of("XDG_STATE_HOME", dir.resolve("state").toString(), "XDG_DATA_HOME", dir.resolve("data").toString(),
                "XDG_CONFIG_HOME", dir.resolve("config").toString());
    }

    CliRun run(String input, String... args) {
        return CliRun.withInput(env, input, args);
    }

    static long count(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    /** Saved sessions (a lock file may stay next to one). */
    long sessions() throws Exception {
        Path folder = dir.resolve("state/attune/sessions");
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).count();
        }
    }

    @Test
    void dDeclinesAQuestionThatOffersItAndTheReportSaysSo() throws Exception {
        CliRun run = run("4\nd\nn\n\n", "run", QUESTIONNAIRE, "--answers-out", dir.resolve("a.yaml").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("d is for prefer not to answer", "Answer 1 to 5, b for back, d for prefer not to answer:",
                "2. I felt alone with my work. Answer: Prefer not to answer.");
        assertThat(run.out().replaceAll("\\s+", " ")).contains("Well-being has 1 of 2 answers (you preferred not to answer 1); it needs 2.");
        assertThat(Files.readString(dir.resolve("a.yaml"))).contains("declined:\n- supported\n").doesNotContain("supported:");
        CliRun scored = run("", "score", QUESTIONNAIRE, "--answers", dir.resolve("a.yaml").toString(), "--format", "json");
        assertThat(scored.out()).contains("\"declined\" : 1");
    }

    @Test
    void pipedAnswersGiveTheReportOnStdoutAndPromptsOnStderr() throws Exception {
        CliRun run = run("4\n2\nn\n", "run", QUESTIONNAIRE);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Three questions\nthree-questions 1.0.0 · taken 22 November 2026, 09:30").contains("Well-being", "4.0 of 5");
        assertThat(run.err()).contains("Question 1 of 3. I felt rested.", "Answer 1 to 5, ? for help:", "Question 3 of 3.",
                "Review your answers.", "3. Did you talk a case through with someone? Answer: No.");
        Path results = dir.resolve("data/attune/results");
        assertThat(count(results)).isEqualTo(2);
        try (Stream<Path> files = Files.list(results)) {
            assertThat(files).allSatisfy(f -> assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-------"));
        }
        assertThat(sessions()).as("a finished session leaves nothing to resume").isZero();
    }

    @Test
    void wrongInputIsExplainedAndAskedAgain() {
        CliRun run = run("9\n?\nd\n4\ns\n2\nmaybe\nn\nf\n", "run", QUESTIONNAIRE);
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("Type a number from 1 to 5.", "Think of how you felt on waking.",
                "This question does not offer \"prefer not to answer\". Type a number from 1 to 5.",
                "This question needs an answer to give you guidance, so it cannot be skipped; d is for prefer not to answer.",
                "Type y for yes or n for no.", "Press Enter (or f) to finish");
        assertThat(run.out()).as("f finished the review").contains("Well-being");
    }

    @Test
    void endOfInputMidwaySavesAndSaysHowToResume() throws Exception {
        CliRun run = run("4\n", "run", QUESTIONNAIRE);
        assertThat(run.exitCode()).isEqualTo(130);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("The input ended before the last question.", "Resume with: attune resume").doesNotContain("Exception");
        assertThat(sessions()).isEqualTo(1);

        CliRun list = run("", "resume");
        assertThat(list.out()).contains("three-questions", "22 November 2026, 09:30", "1 of 3");

        CliRun resumed = run("2\nn\n", "resume", "1");
        assertThat(resumed.exitCode()).isZero();
        assertThat(resumed.err()).contains("Welcome back: 1 answer is kept from before.").contains("Question 2 of 3.");
        assertThat(resumed.out()).contains("4.0 of 5");
        assertThat(sessions()).isZero();
    }

    @Test
    void runResumeContinuesTheLatestSessionOfThatQuestionnaire() {
        run("1\n", "run", QUESTIONNAIRE);
        CliRun resumed = run("5\ny\nWith my peer group\n", "run", QUESTIONNAIRE, "--resume");
        assertThat(resumed.exitCode()).isZero();
        assertThat(resumed.err()).contains("Welcome back").contains("Question 4 of 4. With whom?");
        assertThat(resumed.out()).contains("Well-being");
    }

    @Test
    void writesAnswersAndReportWhereAsked() throws Exception {
        Path answers = dir.resolve("out/answers.yaml");
        Path report = Files.createDirectories(dir.resolve("out")).resolve("report.json");
        CliRun run = run("4\n2\nn\n", "run", QUESTIONNAIRE, "--answers-out", answers.toString(), "--output", report.toString(), "--format", "json");
        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(answers)).isEqualTo("""
                questionnaire: three-questions
                version: 1.0.0
                takenAt: 2026-11-22T09:30Z
                answers:
                  rested: 4
                  supported: 2
                  talked: "no"
                """);
        assertThat(Files.readString(report)).isEqualTo(run.out());
        CliRun rescored = CliRun.of(env, "score", QUESTIONNAIRE, "--answers", answers.toString(), "--format", "json");
        assertThat(rescored.out()).isEqualTo(run.out());
    }

    @Test
    void resultsListsPastResults() {
        assertThat(run("", "results").err()).contains("No results yet.");
        run("1\n5\nn\n", "run", QUESTIONNAIRE);
        CliRun results = run("", "results");
        assertThat(results.exitCode()).isZero();
        assertThat(results.out()).contains("QUESTIONNAIRE", "PSEUDONYM", "1   22 November 2026, 09:30", "three-questions", "Rest and talk",
                "Well-being 1.0 (low)");
    }

    @Test
    void aSavedResultIsShownAgainInEachFormat() throws Exception {
        CliRun finished = run("1\n5\nn\n", "run", QUESTIONNAIRE);
        assertThat(finished.err()).contains("attune results show 1");
        assertThat(run("", "results", "show", "1").out()).isEqualTo(finished.out());
        assertThat(run("", "results", "show", "1", "--format", "markdown").out()).startsWith("# Three questions");
        CliRun json = run("", "results", "show", "1", "-f", "json");
        try (Stream<Path> files = Files.list(dir.resolve("data/attune/results"))) {
            Path report = files.filter(f -> f.toString().endsWith(".report.json")).findFirst().orElseThrow();
            assertThat(json.out()).isEqualTo(Files.readString(report));
        }
        CliRun missing = run("", "results", "show", "7");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("there is no result 7");
    }

    @Test
    void aCorruptReportIsNamedAndSkipped() throws Exception {
        run("1\n5\nn\n", "run", QUESTIONNAIRE);
        run("4\n2\nn\n", "run", QUESTIONNAIRE);
        Path first;
        try (Stream<Path> files = Files.list(dir.resolve("data/attune/results"))) {
            first = files.filter(f -> f.toString().endsWith(".report.json") && !f.toString().endsWith("-2.report.json")).findFirst().orElseThrow();
        }
        Files.writeString(first, "{\"questionnaire\": [");
        CliRun results = run("", "results");
        assertThat(results.exitCode()).isZero();
        assertThat(results.err()).contains("warning: skipped result 1: " + first + " is not a valid report (it is not valid JSON at line 1, column ");
        assertThat(results.out()).contains("2   22 November 2026, 09:30").doesNotContain("\n1 ");
    }

    @Test
    void twoResultsOfTheSameSecondKeepTheirOwnFiles() throws Exception {
        run("1\n5\nn\n", "run", QUESTIONNAIRE);
        run("4\n2\nn\n", "run", QUESTIONNAIRE);
        assertThat(count(dir.resolve("data/attune/results"))).isEqualTo(4);
        assertThat(run("", "results").out()).as("numbered in the order they were taken")
                .containsSubsequence("1   22 November 2026, 09:30  three-questions            -              Rest and talk",
                        "2   22 November 2026, 09:30  three-questions            -              Keep going");
    }

    @Test
    void aFailureIsOneLineWithoutAStackTraceUnlessDebug() throws Exception {
        Path blocked = Files.writeString(dir.resolve("not-a-folder"), "a file where the state folder should be");
        Map<String, String> broken = Map.of("XDG_STATE_HOME", blocked.toString(), "XDG_DATA_HOME", dir.resolve("data").toString());
        CliRun run = CliRun.withInput(broken, "4\n", "run", QUESTIONNAIRE);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("attune: could not save the session to " + blocked + "/attune/sessions: ",
                "(run again with --debug for details)").doesNotContain("\tat ");
        CliRun debug = CliRun.withInput(broken, "4\n", "run", QUESTIONNAIRE, "--debug");
        assertThat(debug.err()).contains("\tat org.attune");
    }

    @Test
    void aSessionCanBeDiscarded() throws Exception {
        run("4\n", "run", QUESTIONNAIRE);
        CliRun discarded = run("", "resume", "--discard", "1");
        assertThat(discarded.exitCode()).isZero();
        assertThat(discarded.err()).contains("Discarded session 1 (three-questions, started 22 November 2026, 09:30).");
        assertThat(sessions()).isZero();
    }

    @Test
    void somethingInTheSessionsFolderThatIsNotASessionIsNamedAndSkipped() throws Exception {
        run("4\n", "run", QUESTIONNAIRE);
        Path folder = Files.createDirectory(dir.resolve("state/attune/sessions/x.yaml"));
        Files.createSymbolicLink(dir.resolve("state/attune/sessions/zero.yaml"), Path.of("/dev/zero"));
        CliRun list = run("", "resume");
        assertThat(list.exitCode()).isZero();
        assertThat(list.err()).contains("warning: skipped " + folder + ": " + folder + " is a folder", "zero.yaml is a device");
        assertThat(list.out()).contains("1 of 3");
        CliRun resumed = run("2\nn\n", "resume", "1");
        assertThat(resumed.exitCode()).isZero();
    }

    @Test
    void aMistypedQuestionnaireIdSaysWhatItIs() {
        CliRun run = run("", "run", "flourish-thrve");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("attune: no questionnaire with id 'flourish-thrve' and no such file; did you mean 'flourish-thrive'?\n")
                .doesNotContain("nothing was scored");
    }

    @Test
    void resumeWithANumberThatIsNotListed() {
        CliRun run = run("", "resume", "3");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("there is no session 3");
    }
}
