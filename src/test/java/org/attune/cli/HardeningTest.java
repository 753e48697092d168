package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 11: every input bounded, every output checked. One test (or more) per fault found by the probes. */
class HardeningTest {
    static final String NUMBERS = "src/test/resources/hardening/numbers.yaml";
    static final Path ANSWERS = ScoreCommandTest.ANSWERS;
    @TempDir
    Path dir;
    Map<String, String> env;

    @BeforeEach
    void folders() {
        env = Map.of("XDG_STATE_HOME", dir.resolve("state").toString(), "XDG_DATA_HOME", dir.resolve("data").toString(),
                "XDG_CONFIG_HOME", dir.resolve("config").toString());
    }

    /** Runs with the given standard input and standard output, which tests may make endless or broken. */
    CliRun run(InputStream in, OutputStream stdout, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        Map<String, String> variables = new HashMap<>(env);
        variables.put("LANG", "C.UTF-8");
        Stdout outWriter = stdout == null ? Stdout.of(out) : Stdout.of(stdout);
        int code = Attune.execute(new CliEnvironment(variables, in, outWriter, new PrintWriter(err, true), false, OptionalInt::empty, CliRun.CLOCK), args);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString());
    }

    static InputStream endlessZeros() {
        return new InputStream() {
            @Override
            public int read() {
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 0);
                return len;
            }
        };
    }

    static InputStream empty() {
        return new ByteArrayInputStream(new byte[0]);
    }

    // 1. unbounded reads

    @Test
    @Timeout(10)
    void aDeviceIsRefusedAsAQuestionnaire() {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        CliRun run = run(empty(), null, "validate", "/dev/zero");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("/dev/zero:1:1: this is a device, pipe or socket, not a questionnaire file; name a .yaml file\n");
    }

    @Test
    @Timeout(10)
    void aFifoIsRefusedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("q.yaml");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "mkfifo is not available");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0);
        CliRun run = run(empty(), null, "validate", fifo.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(fifo + ":1:1: this is a device, pipe or socket");
        CliRun score = run(empty(), null, "score", "countertransference-check", "--answers", fifo.toString());
        assertThat(score.exitCode()).isEqualTo(1);
        assertThat(score.err()).startsWith(fifo + ":1:1: this is a device, pipe or socket, not an answers file");
    }

    @Test
    @Timeout(10)
    void aDeviceIsRefusedAsAnswers() {
        assumeTrue(Files.exists(Path.of("/dev/urandom")));
        CliRun run = run(empty(), null, "score", "countertransference-check", "--answers", "/dev/urandom");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("/dev/urandom:1:1: this is a device, pipe or socket, not an answers file");
    }

    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void endlessStandardInputStopsAtTheLimit() {
        CliRun run = run(endlessZeros(), null, "score", "countertransference-check", "--answers", "-");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("<stdin>:1:1: the answers are larger than 1024 KiB; answers files are small text files");
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void anEndlessLineInAPlainSessionStopsWithAMessage() {
        CliRun run = run(endlessZeros(), null, "run", "--plain", RunCommandTest.QUESTIONNAIRE);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("attune: an answer on standard input is longer than 64 KiB; the answers so far are saved\n")
                .doesNotContain("Exception");
    }

    // 2. numbers

    @ParameterizedTest
    @ValueSource(strings = {".nan", ".inf", "-.inf", "0x4", "1_000", "1e9999999999"})
    void anOddNumberIsAnErrorAtItsPlaceWithTheFix(String written) throws Exception {
        Path answers = Files.writeString(dir.resolve("a.yaml"), "questionnaire: numbers\nversion: 1.0.0\nanswers:\n  hours: " + written + "\n  rested: yes\n");
        CliRun run = run(empty(), null, "score", NUMBERS, "--answers", answers.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith(answers + ":4:10: the answer to 'hours' is written " + written
                + ", which is not a plain decimal number; write a plain decimal number such as 4, 1000 or 2.5");
    }

    @Test
    void anOddNumberForAChoiceIsAnErrorAtItsPlace() throws Exception {
        Path answers = Files.writeString(dir.resolve("a.yaml"), Files.readString(ANSWERS).replace("em_warmth: 1", "em_warmth: .nan"));
        CliRun run = run(empty(), null, "score", "countertransference-check", "--answers", answers.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith(answers + ":7:14: the number .nan is not an answer to 'em_warmth'; answer one of: 0 (Not at all)");
    }

    @Test
    void aBatchGoesOnPastAFileWithAnOddNumber() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("batch"));
        Files.copy(ANSWERS, folder.resolve("a.yaml"));
        Files.writeString(folder.resolve("b.yaml"), Files.readString(ANSWERS).replace("em_warmth: 1", "em_warmth: 0x4"));
        Files.copy(ANSWERS, folder.resolve("c.yaml"));
        CliRun run = run(empty(), null, "score", "countertransference-check", "--answers", folder.toString(), "--format", "json");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines()).hasSize(2);
        assertThat(run.err()).contains(folder.resolve("b.yaml") + ":7:14: the number 0x4 is not an answer to 'em_warmth'",
                "attune: 1 of 3 answers files could not be scored");
    }

    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aDeviceOrFolderInABatchFolderIsReportedAndTheBatchGoesOn() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("batch"));
        Files.copy(ANSWERS, folder.resolve("a.yaml"));
        Files.createDirectories(folder.resolve("b.yaml"));
        Files.createSymbolicLink(folder.resolve("c.yaml"), Path.of("/dev/zero"));
        CliRun run = run(empty(), null, "score", "countertransference-check", "--answers", folder.toString(), "--format", "json");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines()).hasSize(1);
        assertThat(run.err()).contains(folder.resolve("b.yaml") + ":1:1: this is a folder, not an answers file",
                folder.resolve("c.yaml") + ":1:1: this is a device, pipe or socket, not an answers file",
                "attune: 2 of 3 answers files could not be scored");
    }

    // 4. output

    /** A standard output that fails like a full disk. */
    static OutputStream full() {
        return new OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"list", "explain flourish-thrive", "validate --format json questionnaires/flourish-thrive.yaml", "--help",
        "score countertransference-check --answers src/test/resources/golden/score/ct-own-history.answers.yaml"})
    void aFailingStandardOutputIsAnError(String command) {
        CliRun run = run(empty(), full(), command.split(" "));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).endsWith("attune: could not write to standard output (a full disk or a closed pipe?); the output is incomplete\n");
    }

    @Test
    void aPlainSessionWithAFailingStandardOutputIsAnError() {
        CliRun run = run(new ByteArrayInputStream("4\n2\nn\n\n".getBytes(StandardCharsets.UTF_8)), full(), "run", "--plain", RunCommandTest.QUESTIONNAIRE);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("attune: could not write to standard output");
    }

    @Test
    void outputOntoADeviceIsRefused() {
        assumeTrue(Files.exists(Path.of("/dev/null")));
        CliRun run = run(empty(), null, "score", "countertransference-check", "--answers", ANSWERS.toString(), "--output", "/dev/null");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("/dev/null:1:1: this is a device, pipe or socket, not a regular file; "
                + "name a regular file; to see the report on screen, leave out --output\nattune: the report was not written\n");
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
    }

    @Test
    void aReadOnlyOutputIsKeptUnlessForced() throws Exception {
        Path report = Files.writeString(dir.resolve("report.txt"), "kept");
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("r--r--r--"));
        CliRun refused = run(empty(), null, "score", "countertransference-check", "--answers", ANSWERS.toString(), "--output", report.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).startsWith(report + ":1:1: the file is read-only; add --force to replace it, or choose another name");
        assertThat(Files.readString(report)).isEqualTo("kept");
        CliRun forced = run(empty(), null, "score", "countertransference-check", "--answers", ANSWERS.toString(), "--output", report.toString(), "--force");
        assertThat(forced.exitCode()).isZero();
        assertThat(Files.readString(report)).contains("RECOMMENDATION");
    }

    @Test
    void aMissingFolderIsAnErrorNotCreated() {
        Path report = dir.resolve("missing/report.txt");
        CliRun run = run(empty(), null, "score", "countertransference-check", "--answers", ANSWERS.toString(), "--output", report.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith(report + ":1:1: the folder " + dir.resolve("missing") + " does not exist");
        assertThat(dir.resolve("missing")).doesNotExist();
    }

    @Test
    void anUnwritableFolderIsNamedByTheUsersFileNotTheTemporaryOne() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("locked"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        assumeTrue(!Files.isWritable(folder), "running as root: every folder is writable");
        Path report = folder.resolve("report.txt");
        CliRun run = run(empty(), null, "score", "countertransference-check", "--answers", ANSWERS.toString(), "--output", report.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith(report + ":1:1: cannot write the report: permission denied").doesNotContain(".tmp");
    }

    @ParameterizedTest
    @ValueSource(strings = {"report.json:\"recommendation\"", "report.md:# Self-of-therapist", "report.txt:RECOMMENDATION", "report.MD:# Self-of-therapist"})
    void theFormatComesFromTheExtension(String nameAndStart) throws Exception {
        String[] parts = nameAndStart.split(":", 2);
        Path report = dir.resolve(parts[0]);
        CliRun run = run(empty(), null, "score", "countertransference-check", "--answers", ANSWERS.toString(), "--output", report.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(report)).contains(parts[1]);
    }

    @Test
    void aSessionTakesTheFormatFromTheExtension() throws Exception {
        Path report = dir.resolve("report.md");
        CliRun run = run(new ByteArrayInputStream("4\n2\nn\n".getBytes(StandardCharsets.UTF_8)), null,
                "run", "--plain", RunCommandTest.QUESTIONNAIRE, "--output", report.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(report)).startsWith("# Three questions");
    }

    @Test
    void anExplicitFormatWinsOverTheExtension() throws Exception {
        Path report = dir.resolve("report.md");
        CliRun run = run(empty(), null, "score", "countertransference-check", "--answers", ANSWERS.toString(), "--output", report.toString(), "-f", "json");
        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(report)).startsWith("{");
    }

    // from issue 10.11

    @Test
    void aGroupOfTextReportsIsSeparatedByDashes() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("batch"));
        Files.copy(ANSWERS, folder.resolve("a.yaml"));
        Files.copy(ANSWERS, folder.resolve("b.yaml"));
        CliRun run = run(empty(), null, "score", "countertransference-check", "--answers", folder.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().split("\n---\n\n", -1)).hasSize(2);
    }

    @Test
    void theFormatIsReadInAnyCase() {
        CliRun run = run(empty(), null, "score", "countertransference-check", "--answers", ANSWERS.toString(), "--format", "JSON");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("{");
        assertThat(run(empty(), null, "validate", "--format", "Json", "questionnaires/flourish-thrive.yaml").out()).startsWith("{");
    }

    // 5. escape injection

    @Test
    void controlCharactersTypedInAPlainSessionAreLeftOut() {
        CliRun run = run(new ByteArrayInputStream("4\n2\ny\nwith \u001b]0;owned\u0007Anna\r\n".getBytes(StandardCharsets.UTF_8)), null,
                "run", "--plain", RunCommandTest.QUESTIONNAIRE);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("with ]0;ownedAnna").doesNotContain("\u001b", "\u0007", "\r");
    }

    @Test
    void aSessionRefusesABadOutputBeforeTheFirstQuestion() {
        assumeTrue(Files.exists(Path.of("/dev/null")));
        CliRun run = run(new ByteArrayInputStream("4\n2\nn\n".getBytes(StandardCharsets.UTF_8)), null,
                "run", "--plain", RunCommandTest.QUESTIONNAIRE, "--output", "/dev/null");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("/dev/null:1:1: this is a device, pipe or socket, not a regular file").doesNotContain("Question 1");
    }

    @Test
    void aControlCharacterInAnAnswerIsRefusedAndNotEchoedRaw() throws Exception {
        Path answers = Files.writeString(dir.resolve("a.yaml"), Files.readString(ANSWERS) + "  notes: \"fine\\e]0;owned\\a\"\n");
        CliRun run = run(empty(), null, "score", "countertransference-check", "--answers", answers.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(":38:11: the text holds the control character U+001B (ESC); remove it").doesNotContain("\u001b", "\u0007");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aLineBreakInTheRespondentLabelIsRefused() throws Exception {
        Path answers = Files.writeString(dir.resolve("a.yaml"), Files.readString(ANSWERS).replace("respondent: client R.", "respondent: \"R.\\nFake line\""));
        CliRun run = run(empty(), null, "score", "countertransference-check", "--answers", answers.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith(answers + ":4:13: the respondent label must be one line, without line breaks or tabs; write it on one line");
    }

    @Test
    void aFileNameWithControlCharactersIsEchoedAsEscapes() {
        CliRun run = run(empty(), null, "validate", "no\u001b]0;owned\u0007.yaml");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("no\\u001B]0;owned\\u0007.yaml:1:1: no such file; check the path, or run 'attune list' to see available questionnaires\n");
        assertThat(run.err()).doesNotContain("\u001b", "\u0007");
    }

    // 6. amplification

    @Test
    @Timeout(20)
    void problemsPerFileAreCapped() throws Exception {
        StringBuilder yaml = new StringBuilder("questionnaire: countertransference-check\nversion: 1.1.0\nanswers:\n");
        for (int i = 0; i < 5000; i++) {
            yaml.append("  unknown_").append(i).append(": 1\n");
        }
        Path answers = Files.writeString(dir.resolve("a.yaml"), yaml);
        CliRun run = run(empty(), null, "score", "countertransference-check", "--answers", answers.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        // the missing required answers come first (at 'answers:'), then unknown ids up to 100 lines in all
        assertThat(run.err().lines().filter(l -> l.matches(java.util.regex.Pattern.quote(answers.toString()) + ":\\d+:\\d+: .*")).count()).isEqualTo(100);
        int missing = (int) run.err().lines().filter(l -> l.contains("no answer to required item")).count();
        assertThat(run.err()).contains(answers + ": ... and " + String.format(java.util.Locale.ROOT, "%,d", 5000 + missing - 100) + " more like these\n",
                "attune: " + String.format(java.util.Locale.ROOT, "%,d", 5000 + missing) + " problems in " + answers + "; nothing was scored");
    }

    @Test
    @Timeout(20)
    void validationJsonIsCappedAndCountsTheRest() throws Exception {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            yaml.append("unknown_").append(i).append(": 1\n");
        }
        Path questionnaire = Files.writeString(dir.resolve("q.yaml"), yaml);
        CliRun run = run(empty(), null, "validate", "--format", "json", questionnaire.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        var file = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out()).path("files").get(0);
        assertThat(file.path("diagnostics")).hasSize(100);
        assertThat(file.path("notShown").asInt()).isEqualTo(1007 - 100);
        CliRun text = run(empty(), null, "validate", questionnaire.toString());
        assertThat(text.out().lines()).hasSize(101).last().isEqualTo(questionnaire + ": ... and 907 more like these");
    }

    // 7. one bad file never stops a listing

    @Test
    @Timeout(20)
    void badFilesInTheQuestionnairesFolderAreNamedAndSkipped() throws Exception {
        Path mine = Files.createDirectories(dir.resolve("config/attune/questionnaires"));
        Files.writeString(mine.resolve("two.yaml"), Files.readString(Path.of(NUMBERS)) + "---\nid: second\n");
        Files.writeString(mine.resolve("odd.yaml"), Files.readString(Path.of(NUMBERS)).replace("max: 100", "max: .nan"));
        Files.createDirectories(mine.resolve("folder.yaml"));
        Files.createSymbolicLink(mine.resolve("zero.yaml"), Path.of("/dev/zero"));
        Files.copy(Path.of(NUMBERS), mine.resolve("numbers.yaml"));
        CliRun run = run(empty(), null, "list");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("numbers ").contains("flourish-thrive");
        assertThat(run.err()).contains(
                "attune: skipped " + mine.resolve("folder.yaml") + ": line 1: this is a folder, not a questionnaire file",
                "attune: skipped " + mine.resolve("odd.yaml") + ": line 11: 'max' of item 'hours' (type number) is written .nan",
                "attune: skipped " + mine.resolve("two.yaml") + ": line 15: the file holds a second YAML document after '---'",
                "attune: skipped " + mine.resolve("zero.yaml") + ": line 1: this is a device, pipe or socket, not a questionnaire file");
    }
}
