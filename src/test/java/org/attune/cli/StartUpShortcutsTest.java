package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.attune.diagnostics.InvalidFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The work attune starts before, or instead of, parsing the command line, and what may start it. */
class StartUpShortcutsTest {
    private static CliEnvironment environment(boolean terminal, Map<String, String> variables) {
        return new CliEnvironment(variables, InputStream.nullInputStream(), Stdout.of(OutputStream.nullOutputStream()),
                new PrintWriter(Writer.nullWriter()), terminal, OptionalInt::empty, CliRun.CLOCK);
    }

    @Test
    void theFirstScreenStartsEarlyOnlyForRunAndAQuestionnaireOnAFullScreenTerminal() {
        CliEnvironment terminal = environment(true, Map.of("TERM", "xterm-256color"));
        assertThat(FirstScreen.applies(terminal, "run", "flourish-thrive")).isTrue();
        assertThat(FirstScreen.applies(terminal, "run", "flourish-thrive", "--plain")).as("options are parsed first").isFalse();
        assertThat(FirstScreen.applies(terminal, "run", "--help")).isFalse();
        assertThat(FirstScreen.applies(terminal, "run", "")).isFalse();
        assertThat(FirstScreen.applies(terminal, "run", "@arguments.txt")).as("picocli reads the arguments from that file").isFalse();
        assertThat(FirstScreen.applies(terminal, "--no-color", "run")).isFalse();
        assertThat(FirstScreen.applies(terminal, "score", "flourish-thrive")).isFalse();
        assertThat(FirstScreen.applies(environment(false, Map.of("TERM", "xterm")), "run", "flourish-thrive")).as("piped").isFalse();
        assertThat(FirstScreen.applies(environment(true, Map.of("TERM", "dumb")), "run", "flourish-thrive")).isFalse();
    }

    @Test
    void withoutAFirstScreenRunHasNothingToTake() {
        assertThat(FirstScreen.none().take("flourish-thrive")).isEmpty();
    }

    @Test
    void aQuestionnaireLoadedAheadIsTheOneACommandWouldHaveLoaded() throws Exception {
        CliEnvironment environment = environment(false, Map.of());
        QuestionnaireAhead ahead = QuestionnaireAhead.start(environment, "score", "countertransference-check", "--answers", "a.yaml");
        assertThat(ahead.resolve(environment, "countertransference-check"))
                .isEqualTo(Questionnaires.resolve(environment, "countertransference-check"));
        assertThat(ahead.resolve(environment, "flourish-thrive").id()).as("another one is loaded then").isEqualTo("flourish-thrive");
    }

    @Test
    void aQuestionnaireWithProblemsLoadedAheadFailsAsItWouldHaveLater(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "id: [\n");
        CliEnvironment environment = environment(false, Map.of());
        QuestionnaireAhead ahead = QuestionnaireAhead.start(environment, "explain", broken.toString());
        InvalidFileException later = org.junit.jupiter.api.Assertions.assertThrows(InvalidFileException.class,
                () -> Questionnaires.resolve(environment, broken.toString()));
        assertThatThrownBy(() -> ahead.resolve(environment, broken.toString()))
                .isInstanceOf(InvalidFileException.class)
                .extracting(e -> ((InvalidFileException) e).diagnostics())
                .isEqualTo(later.diagnostics());
    }

    @Test
    void onlyTheQuestionnaireRightAfterACommandThatNamesOneIsLoadedAhead() throws Exception {
        CliEnvironment environment = environment(false, Map.of());
        for (String[] args : List.of(new String[] {"score", "-a", "x.yaml", "q"}, new String[] {"list"}, new String[] {"run", "q"},
                new String[] {"validate", "q.yaml"})) {
            assertThat(QuestionnaireAhead.start(environment, args)).as(String.join(" ", args)).isSameAs(QuestionnaireAhead.none());
        }
    }

    @Test
    void versionAloneIsAnsweredWithoutParsing() {
        assertThat(VersionProvider.onlyAskedFor("--version")).isTrue();
        assertThat(VersionProvider.onlyAskedFor("-V")).isTrue();
        assertThat(VersionProvider.onlyAskedFor("--version", "--debug")).isFalse();
        assertThat(VersionProvider.onlyAskedFor("run", "--version")).isFalse();
    }

    @Test
    void anArchiveTrainingRunSplitsItsCommandsAtALoneSemicolon() {
        assertThat(ArchiveTraining.commands("run", "q", ";", "score", "q", "-a", "a;b.yaml", ";", ";", "--version"))
                .containsExactly(List.of("run", "q"), List.of("score", "q", "-a", "a;b.yaml"), List.of("--version"));
    }

    @Test
    void theClockFindsItsTimeZoneWhenFirstRead() {
        SystemClockOnFirstUse clock = new SystemClockOnFirstUse();
        Instant before = Instant.now();
        assertThat(clock.instant()).isBetween(before, Instant.now());
        assertThat(clock.getZone()).isEqualTo(ZoneId.systemDefault());
        assertThat(clock.withZone(ZoneId.of("UTC")).getZone()).isEqualTo(ZoneId.of("UTC"));
    }
}
