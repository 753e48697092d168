package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {
    static final Path ANSWERS = Path.of("src/test/resources/golden/score/ct-own-history.answers.yaml");

    @Test
    void readsAnswersFromStandardInput() throws Exception {
        CliRun run = CliRun.withInput(Map.of(), Files.readString(ANSWERS), "score", "countertransference-check", "--answers", "-", "--format", "json");
        assertThat(run.exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(run.out()).path("recommendation").path("kind").asText()).isEqualTo("own-therapy");
    }

    @Test
    void emptyStandardInputIsExplained() {
        CliRun run = CliRun.withInput(Map.of(), "", "score", "countertransference-check", "--answers", "-");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("<stdin>:1:1: no answers were given (the input is empty); pass an answers file, or pipe one into --answers -");
    }

    @Test
    void writesTheReportAtomicallyToAFile(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.md");
        CliRun run = CliRun.of("score", "countertransference-check", "--answers", ANSWERS.toString(), "--output", report.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("report written to " + report + "\n");
        assertThat(Files.readString(report)).startsWith("# Self-of-therapist check about one client");
        try (var files = Files.list(report.getParent())) {
            assertThat(files).as("no temporary file is left behind").containsExactly(report);
        }
    }

    @Test
    void invalidAnswersLeaveAnExistingReportUntouched(@TempDir Path dir) throws Exception {
        Path report = Files.writeString(dir.resolve("report.txt"), "earlier report");
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "questionnaire: countertransference-check\nversion: 1.0.0\nanswers:\n  em_warmth: 9\n");
        CliRun run = CliRun.of("score", "countertransference-check", "--answers", bad.toString(), "--output", report.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(bad + ":4:14: the number 9 is not an answer to 'em_warmth'; answer one of: 0 (Not at all)");
        assertThat(Files.readString(report)).isEqualTo("earlier report");
    }

    @Test
    void unknownQuestionnaireSuggestsTheNearestId() {
        CliRun run = CliRun.of("score", "flourish-thrve", "--answers", ANSWERS.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("flourish-thrve:1:1: no questionnaire with id 'flourish-thrve' and no such file; did you mean 'flourish-thrive'?");
    }

    @Test
    void answersForAnotherQuestionnaireAreRefused() {
        CliRun run = CliRun.of("score", "flourish-thrive", "--answers", ANSWERS.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(ANSWERS + ":1:16: these answers are for questionnaire 'countertransference-check', not 'flourish-thrive'; "
                + "score them with the questionnaire they were given for\nattune: 1 problem in " + ANSWERS + "; nothing was scored\n");
    }

    @Test
    void versionMismatchWarnsAndStrictRefuses(@TempDir Path dir) throws Exception {
        Path old = Files.writeString(dir.resolve("old.yaml"), Files.readString(ANSWERS).replace("version: 1.1.0", "version: 0.9.0"));
        CliRun lenient = CliRun.of("score", "countertransference-check", "--answers", old.toString());
        assertThat(lenient.exitCode()).isZero();
        assertThat(lenient.err()).startsWith(old + ":2:10: warning: these answers were given for version 0.9.0");
        assertThat(lenient.out()).contains("RECOMMENDATION");
        CliRun strict = CliRun.of("score", "countertransference-check", "--answers", old.toString(), "--strict");
        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.out()).isEmpty();
    }

    @Test
    void aFolderOfAnswersGivesJsonLines(@TempDir Path dir) throws Exception {
        Files.copy(ANSWERS, dir.resolve("a.yaml"));
        Files.copy(Path.of("src/test/resources/golden/score/ct-goals-reached.answers.yaml"), dir.resolve("b.yaml"));
        Files.writeString(dir.resolve("notes.txt"), "not an answers file");
        CliRun run = CliRun.of("score", "countertransference-check", "--answers", dir.toString(), "--format", "json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).hasSize(2).allSatisfy(line -> assertThat(new ObjectMapper().readTree(line).path("reportVersion").asInt()).isEqualTo(1));
        assertThat(run.out().lines().map(l -> {
            try {
                return new ObjectMapper().readTree(l).path("recommendation").path("kind").asText();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).containsExactly("own-therapy", "end-well");
    }

    @Test
    void oneBadFileInABatchDoesNotStopTheOthers(@TempDir Path dir) throws Exception {
        Files.copy(ANSWERS, dir.resolve("a.yaml"));
        Files.writeString(dir.resolve("b.yaml"), "questionnaire: countertransference-check\n");
        CliRun run = CliRun.of("score", "countertransference-check", "--answers", dir.toString(), "--format", "json");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines()).hasSize(1);
        assertThat(run.err()).contains("1 of 2 answers files could not be scored");
    }

    @Test
    void pipedTextHasNoColourAndFitsEightyColumns() {
        CliRun run = CliRun.of("score", "countertransference-check", "--answers", ANSWERS.toString());
        assertThat(run.out()).doesNotContain("\u001b[");
        assertThat(run.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }

    @Test
    void explainListsScoresFlagsAndRules() {
        CliRun run = CliRun.of("explain", "countertransference-check");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("SCORES", "em_dread (reversed)", "FLAGS", "URGENT threat_or_unsafe", "RECOMMENDATIONS",
                "ENDING-WELL CHECKLIST", "ASKED ONLY WHEN");
    }

    @Test
    void theShippedExamplesScoreCleanly() {
        assertThat(CliRun.of("score", "countertransference-check", "--answers", "examples/countertransference-answers.yaml").exitCode()).isZero();
        CliRun flourish = CliRun.of("score", "flourish-thrive", "--answers", "examples/flourish-thrive-answers.yaml");
        assertThat(flourish.exitCode()).isZero();
        assertThat(flourish.err()).isEmpty();
    }

    @Test
    void scoreNeedsAnswers() {
        CliRun run = CliRun.of("score", "flourish-thrive");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'attune score' needs --answers FILE");
    }

    static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }
}
