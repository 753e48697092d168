package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.OptionalInt;
import org.attune.report.TextStyle;
import org.junit.jupiter.api.Test;

/** Colour, width and character set of text reports follow the terminal and the user's wishes. */
class CliEnvironmentTest {

    static CliEnvironment environment(Map<String, String> variables, boolean terminal, int columns) {
        return new CliEnvironment(variables, new ByteArrayInputStream(new byte[0]), Stdout.of(OutputStream.nullOutputStream()),
                new PrintWriter(new StringWriter()), terminal, () -> OptionalInt.of(columns), CliRun.CLOCK);
    }

    @Test
    void terminalGetsColourAndItsWidth() {
        assertThat(environment(Map.of("LANG", "en_GB.UTF-8"), true, 100).textStyle(false, false, false))
                .isEqualTo(new TextStyle(100, true, true));
    }

    @Test
    void pipedOutputIsPlainEightyColumns() {
        assertThat(environment(Map.of("LANG", "en_GB.UTF-8"), false, 100).textStyle(false, false, false))
                .isEqualTo(new TextStyle(80, false, true));
    }

    @Test
    void colourIsOffWithNoColorTheFlagADumbTerminalOrAFile() {
        assertThat(environment(Map.of("NO_COLOR", "1"), true, 100).textStyle(false, false, false).color()).isFalse();
        assertThat(environment(Map.of(), true, 100).textStyle(true, false, false).color()).isFalse();
        assertThat(environment(Map.of("TERM", "dumb"), true, 100).textStyle(false, false, false).color()).isFalse();
        assertThat(environment(Map.of(), true, 100).textStyle(false, false, true).color()).isFalse();
        assertThat(environment(Map.of("NO_COLOR", ""), true, 100).textStyle(false, false, false).color()).isTrue();
    }

    @Test
    void asciiUnlessTheLocaleIsUtf8() {
        assertThat(environment(Map.of("LANG", "C"), false, 80).textStyle(false, false, false).unicode()).isFalse();
        assertThat(environment(Map.of(), false, 80).textStyle(false, false, false).unicode()).isFalse();
        assertThat(environment(Map.of("LC_ALL", "de_DE.utf8", "LANG", "C"), false, 80).textStyle(false, false, false).unicode()).isTrue();
        assertThat(environment(Map.of("LANG", "C.UTF-8"), false, 80).textStyle(false, true, false).unicode()).isFalse();
    }

    @Test
    void narrowAndHugeTerminalsAreClamped() {
        assertThat(environment(Map.of(), true, 20).textStyle(false, false, false).width()).isEqualTo(40);
        assertThat(environment(Map.of(), true, 400).textStyle(false, false, false).width()).isEqualTo(120);
    }
}
