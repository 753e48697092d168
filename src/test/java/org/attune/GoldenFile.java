package org.attune;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a file kept in the repository, so any change shows as a diff in review.
 * Run with {@code -Dgolden.update=true} to rewrite the files after an intended change.
 */
public final class GoldenFile {
    private GoldenFile() {}

    public static void assertMatches(Path expectedFile, String actual) {
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(expectedFile.getParent());
                Files.writeString(expectedFile, actual);
                return;
            }
            assertThat(Files.exists(expectedFile)).as("golden file %s exists (create it with -Dgolden.update=true)", expectedFile).isTrue();
            assertThat(actual).as("output matches %s", expectedFile).isEqualTo(Files.readString(expectedFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
