package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.attune.GoldenFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The group summary of a fixture group of eight (one answered an older version, some left items out, one raised the
 * urgent flag) in every format; any change shows as a diff, and a golden file no format writes fails.
 */
class GroupGoldenTest {
    static final Path FIXTURE = Path.of("src/test/resources/group");
    static final Path QUESTIONNAIRE = FIXTURE.resolve("group-climate.yaml");
    static final Path MEMBERS = FIXTURE.resolve("members");
    static final Path FOLDER = Path.of("src/test/resources/golden/group");
    static final Map<String, String> EXTENSIONS = Map.of("text", ".txt", "markdown", ".md", "json", ".json", "html", ".html");

    static Stream<String> formats() {
        return Stream.of("text", "markdown", "json", "html");
    }

    static CliRun group(String format) {
        return CliRun.of(Map.of(), "group", QUESTIONNAIRE.toString(), "--answers", MEMBERS.toString(), "--format", format);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void summary(String format) throws IOException {
        CliRun run = group(format);
        assertThat(run.exitCode()).as(run.err()).isZero();
        String out = format.equals("html") ? HtmlGoldenTest.normalised(run.out()) : run.out();
        GoldenFile.assertMatches(FOLDER.resolve("group-climate" + EXTENSIONS.get(format)),
                format.equals("text") ? out + "--- stderr ---\n" + run.err() : out);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void namesNoOneAndQuotesNoFreeText(String format) throws IOException {
        String out = group(format).out();
        assertThat(out).doesNotContain("member-", ".yaml", "private words", "HYPERLINK", "quiet one", "@F", "+1 G", "A.", "B.")
                .doesNotContain("2026-11-1");
    }

    @Test
    void theHtmlPageIsSelfContained() {
        String html = group("html").out();
        assertThat(html.toLowerCase(java.util.Locale.ROOT)).doesNotContain("<script", "<link", "<img", "src=", "href=", "url(", "http:", "https:");
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").contains("default-src 'none'")
                .contains("<svg class=\"chart counts\"").contains("<svg class=\"chart\"");
    }

    @Test
    void everyGoldenFileIsWritten() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            List<String> expected = formats().map(f -> "group-climate" + EXTENSIONS.get(f)).toList();
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).as("no orphaned golden files")
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }
}
