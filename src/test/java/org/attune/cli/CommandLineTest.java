package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    static final String VALID = """
            format: 1
            id: mine
            version: 0.3.0
            title: My own check
            estimatedMinutes: 3
            sections:
              - id: main
                title: Main
                items:
                  - {id: q1, type: yesno, text: "First?"}
                  - {id: q2, type: yesno, text: "Second?"}
            recommendations:
              - {id: carry-on, kind: continue, default: true, title: Carry on}
            """;

    @Test
    void versionNamesTheFormatToo() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).matches("(?s)attune \\S+\\R+questionnaire format 1\\R");
    }

    @Test
    void versionAnsweredBeforeParsingSaysWhatPicocliSays() {
        java.io.ByteArrayOutputStream parsed = new java.io.ByteArrayOutputStream();
        Attune.commandLine(new CliEnvironment(Map.of(), java.io.InputStream.nullInputStream(), Stdout.of(parsed),
                new java.io.PrintWriter(java.io.Writer.nullWriter()), false, java.util.OptionalInt::empty, CliRun.CLOCK), "--version")
                .execute("--version");
        String version = parsed.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(CliRun.of("--version").out()).isEqualTo(version).isEqualTo(CliRun.of("-V").out());
        assertThat(CliRun.of("--version", "--no-color").out()).as("anything more is parsed").isEqualTo(version);
    }

    @Test
    void helpListsCommandsAndExitCodes() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("list", "validate", "completion", "130  interrupted", "2    usage error");
    }

    @Test
    void noArgumentsPrintsUsage() {
        CliRun run = CliRun.of();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Reflective questionnaires").contains("Usage: attune [");
    }

    @Test
    void everySubcommandHasHelp() {
        for (String command : new String[] {"list", "validate", "completion"}) {
            CliRun run = CliRun.of(command, "--help");
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: attune " + command + " ");
        }
    }

    @Test
    void unknownOptionIsAUsageErrorWithASuggestion() {
        CliRun run = CliRun.of("validate", "--formt", "json", "x.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("attune: 'attune validate' has no option --formt; did you mean --format?");
    }

    @Test
    void unknownCommandSuggestsTheNearest() {
        CliRun run = CliRun.of("valdate");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("attune: 'valdate' is not a command; did you mean validate?\n");
        assertThat(CliRun.of("rnu").err()).startsWith("attune: 'rnu' is not a command; did you mean run?\n");
    }

    @Test
    void usageErrorsArePlainSentences() {
        CliRun extra = CliRun.of("list", "extra");
        assertThat(extra.exitCode()).isEqualTo(2);
        assertThat(extra.err()).isEqualTo("attune: 'attune list' takes no further argument 'extra'\nTry 'attune list --help' for more information.\n");
        assertThat(CliRun.of("run").err()).startsWith("attune: 'attune run' needs QUESTIONNAIRE: a questionnaire id (see 'attune list') or a path to its file\n");
        assertThat(CliRun.of("score", "flourish-thrive").err()).startsWith("attune: 'attune score' needs --answers FILE: the answers file\n");
        for (String[] args : new String[][] {{"rnu"}, {"list", "x"}, {"run"}, {"validate", "--formt"}}) {
            assertThat(CliRun.of(args).err()).as(String.join(" ", args)).doesNotContain("Unmatched", "index", "Missing required");
        }
    }

    @Test
    void helpParagraphsAreWrappedOnceNotLineByLine() {
        String help = CliRun.of("score", "--help").out();
        assertThat(help).contains("Reads answers (YAML or JSON; see docs/answers-format.md), checks them against\nthe questionnaire,");
        assertThat(help.lines()).as("no stub lines left by wrapping a line that was already broken").noneMatch(l -> l.matches("\\w{1,5}"));
        assertThat(CliRun.of("completion", "--help").out()).contains("\n  source <(attune completion bash)\n");
    }

    @Test
    void validateMissingArgumentIsAUsageError() {
        CliRun run = CliRun.of("validate");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'attune validate' needs FILE").contains("attune validate --help");
    }

    @Test
    void validateValidFilePrintsNothingOnStdout(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("mine.yaml"), VALID);
        CliRun run = CliRun.of("validate", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(file + " is valid" + System.lineSeparator());
    }

    @Test
    void validateInvalidFilePrintsOneLinePerProblemAndExitsOne(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("good.yaml"), VALID);
        Path bad = Files.writeString(dir.resolve("bad.yaml"), VALID.replace("format: 1", "format: 3").replace("title: Main", "titel: Main"));
        CliRun run = CliRun.of("validate", good.toString(), bad.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines()).containsExactly(
                bad + ":1:9: format 3 is not supported; this attune reads format 1; write 'format: 1', or use the attune version the file was written for",
                bad + ":7:5: section 'main' has no 'title'; add 'title:'",
                bad + ":8:5: unknown key 'titel' in section 'main'; did you mean 'title'?");
        assertThat(run.err()).contains("3 problem(s) in 1 of 2 file(s)");
    }

    @Test
    void validateJsonIsMachineReadable(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), VALID.replace("type: yesno, text: \"First?\"", "type: yesno"));
        CliRun run = CliRun.of("validate", "--format", "json", "--quiet", bad.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("version").asInt()).isEqualTo(1);
        assertThat(json.path("valid").asBoolean()).isFalse();
        JsonNode diagnostic = json.path("files").get(0).path("diagnostics").get(0);
        assertThat(diagnostic.path("line").asInt()).isEqualTo(10);
        assertThat(diagnostic.path("column").asInt()).isEqualTo(9);
        assertThat(diagnostic.path("message").asText()).isEqualTo("item 'q1' (type yesno) has no 'text'");
        assertThat(diagnostic.path("fix").asText()).isEqualTo("add 'text:'");
    }

    @Test
    void validateMissingFileIsInvalidInput() {
        CliRun run = CliRun.of("validate", "/no/such/file.yaml");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("/no/such/file.yaml:1:1: no such file; check the path");
    }

    @Test
    void listShowsBundledAndUserQuestionnaires(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("config");
        Path mine = Files.createDirectories(config.resolve("attune/questionnaires"));
        Files.writeString(mine.resolve("mine.yaml"), VALID);
        Files.writeString(mine.resolve("broken.yaml"), "format: [");
        Path extra = Files.createDirectories(dir.resolve("extra"));
        Files.writeString(extra.resolve("other.yml"), VALID.replace("id: mine", "id: other"));

        CliRun run = CliRun.of(Map.of("XDG_CONFIG_HOME", config.toString()), "list", "--path", extra.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().toList()).hasSize(5);
        assertThat(run.out().lines().findFirst().orElseThrow()).matches("ID +VERSION +TITLE +ITEMS +MINUTES +SOURCE");
        assertThat(run.out()).containsPattern("flourish-thrive +1\\.2\\.0 +Flourish & Thrive +\\d+ +8 +bundled");
        assertThat(run.out()).contains("countertransference-check");
        assertThat(run.out()).containsPattern("mine +0\\.3\\.0 +My own check +2 +3 +" + java.util.regex.Pattern.quote(mine.resolve("mine.yaml").toString()));
        assertThat(run.out()).contains("other");
        assertThat(run.err()).contains("skipped " + mine.resolve("broken.yaml") + ": line ").contains("; run 'attune validate");
    }

    @Test
    void listAsJson() throws Exception {
        CliRun run = CliRun.of("list", "--format", "json");
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json).hasSize(2);
        assertThat(json.get(0).path("id").asText()).isEqualTo("flourish-thrive");
        assertThat(json.get(0).path("sha256").asText()).hasSize(64);
    }

    @Test
    void completionScriptIsForBash() {
        CliRun run = CliRun.of("completion");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("complete -F").contains("validate").contains("list");
        assertThat(CliRun.of("completion", "bash").out()).isEqualTo(run.out());
    }

    @Test
    void completionForZshAndFishWithQuestionnaireIds() {
        CliRun zsh = CliRun.of("completion", "zsh");
        assertThat(zsh.exitCode()).isZero();
        assertThat(zsh.out()).contains("bashcompinit", "flourish-thrive", "countertransference-check");
        CliRun fish = CliRun.of("completion", "fish");
        assertThat(fish.exitCode()).isZero();
        assertThat(fish.out()).contains("complete -c attune -n __fish_use_subcommand -a run -d",
                "complete -c attune -n '__fish_seen_subcommand_from score' -a 'countertransference-check flourish-thrive'",
                "complete -c attune -n '__fish_seen_subcommand_from explain' -a 'countertransference-check flourish-thrive'",
                "-l format -x -a 'text markdown json html'");
        assertThat(CliRun.of("completion", "tcsh").exitCode()).isEqualTo(2);
    }
}
