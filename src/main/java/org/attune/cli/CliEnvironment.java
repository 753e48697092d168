package org.attune.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.attune.report.TextStyle;

/**
 * What a command may touch of the outside world, passed in so tests can capture it.
 * {@code stdoutIsTerminal} decides colour and width; {@code terminalColumns} is asked only then.
 */
public record CliEnvironment(
        Map<String, String> variables,
        InputStream in,
        Stdout out,
        PrintWriter err,
        boolean stdoutIsTerminal,
        Supplier<OptionalInt> terminalColumns,
        Clock clock) {

    public static CliEnvironment system() {
        // stdout straight from its file descriptor: System.out hides write errors, so a full disk would go unnoticed
        return new CliEnvironment(System.getenv(), System.in,
                Stdout.of(new FileOutputStream(FileDescriptor.out)),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
                System.console() != null,
                CliEnvironment::askTerminalWidth,
                new SystemClockOnFirstUse());
    }

    /** The current time to the second, as answers files record it. */
    String now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** NO_COLOR (any non-empty value) turns colour off, as https://no-color.org asks. */
    boolean noColorRequested() {
        String value = variables.get("NO_COLOR");
        return value != null && !value.isEmpty();
    }

    /**
     * How text reports draw: on a terminal, its width and colour (unless turned off); piped or
     * redirected, 80 columns and no colour. Unicode unless the locale says otherwise or --ascii.
     */
    TextStyle textStyle(boolean noColorFlag, boolean asciiFlag, boolean toFile) {
        boolean terminal = stdoutIsTerminal && !toFile;
        int width = terminal ? terminalColumns.get().orElse(80) : 80;
        return new TextStyle(width, color(terminal, noColorFlag), !asciiFlag && localeIsUtf8());
    }

    /**
     * Colour and glyphs for the full-screen session, which measures the terminal itself: asking the width
     * here would start a process before the first screen.
     */
    TextStyle screenStyle(boolean noColorFlag, boolean asciiFlag) {
        return new TextStyle(80, color(stdoutIsTerminal, noColorFlag), !asciiFlag && localeIsUtf8());
    }

    private boolean color(boolean terminal, boolean noColorFlag) {
        return terminal && !noColorFlag && !noColorRequested() && !"dumb".equals(variables.get("TERM"));
    }

    private boolean localeIsUtf8() {
        for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String value = variables.get(name);
            if (value != null && !value.isEmpty()) {
                String lower = value.toLowerCase(Locale.ROOT);
                return lower.contains("utf-8") || lower.contains("utf8");
            }
        }
        return false;
    }

    /** COLUMNS when the shell exports it, else the terminal's own answer; empty when neither is known. */
    private static OptionalInt askTerminalWidth() {
        String columns = System.getenv("COLUMNS");
        if (columns != null && columns.matches("\\d{2,4}")) {
            return OptionalInt.of(Integer.parseInt(columns));
        }
        try {
            Process stty = new ProcessBuilder("stty", "size").redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/tty")))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String answer = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            if (stty.waitFor() == 0 && answer.matches("\\d+ \\d+")) {
                return OptionalInt.of(Integer.parseInt(answer.split(" ")[1]));
            }
        } catch (IOException e) {
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return OptionalInt.empty();
    }
}
