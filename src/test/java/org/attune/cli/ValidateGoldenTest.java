package org.attune.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.attune.GoldenFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The exact messages `attune validate` prints for realistic broken files, in text and JSON. */
class ValidateGoldenTest {
    static final Path FOLDER = Path.of("src/test/resources/golden/validate");

    static Stream<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void text(Path file) {
        CliRun run = CliRun.of("validate", file.toString());
        GoldenFile.assertMatches(FOLDER.resolve(file.getFileName() + ".txt"), "exit " + run.exitCode() + "\n" + run.out());
    }

    @ParameterizedTest
    @MethodSource("files")
    void json(Path file) {
        CliRun run = CliRun.of("validate", "--format", "json", file.toString());
        GoldenFile.assertMatches(FOLDER.resolve(file.getFileName() + ".json"), run.out());
    }
}
