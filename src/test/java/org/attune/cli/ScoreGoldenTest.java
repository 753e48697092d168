package org.attune.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.attune.GoldenFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every report format for realistic answers to the bundled questionnaires; any change shows as a diff. */
class ScoreGoldenTest {
    static final Path FOLDER = Path.of("src/test/resources/golden/score");

    static Stream<Arguments> cases() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(p -> p.toString().endsWith(".answers.yaml")).sorted().toList().stream()
                    .flatMap(p -> Stream.of("text", "markdown", "json").map(format -> Arguments.of(p, format)));
        }
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void report(Path answers, String format) throws IOException {
        String questionnaire = Files.readString(answers).lines().filter(l -> l.startsWith("questionnaire:")).findFirst()
                .orElseThrow().substring("questionnaire:".length()).strip();
        CliRun run = CliRun.of(Map.of(), "score", questionnaire, "--answers", answers.toString(), "--format", format);
        String name = answers.getFileName().toString().replace(".answers.yaml", "");
        String extension = switch (format) {
            case "markdown" -> ".md";
            case "json" -> ".json";
            default -> ".txt";
        };
        GoldenFile.assertMatches(FOLDER.resolve(name + extension), run.out() + (run.err().isEmpty() ? "" : "--- stderr ---\n" + run.err()));
    }

    @ParameterizedTest(name = "{0} in ASCII")
    @MethodSource("cases")
    void asciiText(Path answers, String format) throws IOException {
        if (!format.equals("text")) {
            return;
        }
        String questionnaire = answers.getFileName().toString().startsWith("ft-") ? "flourish-thrive" : "countertransference-check";
        CliRun run = CliRun.of(Map.of("LANG", "C"), "score", questionnaire, "--answers", answers.toString());
        GoldenFile.assertMatches(FOLDER.resolve(answers.getFileName().toString().replace(".answers.yaml", ".ascii.txt")), run.out());
    }
}
