package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.attune.GoldenFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Pins the command line's text byte for byte, so that how picocli's model is built can change without users seeing a difference. */
class CommandLineTextGoldenTest {
    static final Path FOLDER = Path.of("src/test/resources/golden/cli");
    /** Help as wide and as plain as when piped, whatever terminal runs the tests. */
    static final Map<String, String> PICOCLI = Map.of("picocli.usage.width", "80", "picocli.ansi", "false");
    static final Map<String, String> SAVED = new HashMap<>();

    /** An empty home: none of the questionnaires or results of whoever runs the tests. */
    @TempDir
    static Path home;

    @TempDir
    static Path streams;

    @BeforeAll
    static void fixTheTerminal() {
        PICOCLI.forEach((key, value) -> SAVED.put(key, System.setProperty(key, value)));
    }

    @AfterAll
    static void restoreTheProperties() {
        SAVED.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
    }

    static Map<String, String> environment() {
        return Map.of("HOME", home.toString(), "LANG", "C.UTF-8");
    }

    /** Each case is a file NAME.args, the arguments one per line; NAME.txt holds the exit code, stdout and stderr. */
    static List<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".args")).map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void text(String name) throws Exception {
        List<String> args = Files.readAllLines(FOLDER.resolve(name + ".args"));
        CliRun run = args.get(0).equals("completion") ? ownProcess(args) : CliRun.of(environment(), args.toArray(String[]::new));
        // the version changes with every release, not with how the command line is built
        String version = new VersionProvider().getVersion()[0].substring("attune ".length());
        GoldenFile.assertMatches(FOLDER.resolve(name + ".txt"),
                ("exit " + run.exitCode() + "\n--- stdout\n" + run.out() + "--- stderr\n" + run.err()).replace(version, "VERSION"));
    }

    /**
     * The completion scripts list the questionnaire ids in the config folder that the process's own environment names
     * (QuestionnaireIds reads System.getenv, not the variables CliRun passes), so 'completion' runs in a JVM of its own,
     * with the same empty home and picocli settings.
     */
    static CliRun ownProcess(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        PICOCLI.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add(Main.class.getName());
        command.addAll(args);
        Path out = streams.resolve("stdout");
        Path err = streams.resolve("stderr");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment());
        Process process = builder.start();
        process.getOutputStream().close();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("attune %s finished", args).isTrue();
        return new CliRun(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void everyGoldenFileBelongsToACase() throws IOException {
        Set<String> expected = cases().stream().flatMap(c -> Stream.of(c + ".args", c + ".txt")).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(FOLDER)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !expected.contains(n)))
                    .as("golden files that belong to no case (remove them, or add NAME.args)").isEmpty();
        }
    }
}
