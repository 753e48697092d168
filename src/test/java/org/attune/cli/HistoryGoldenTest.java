package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.attune.GoldenFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 'attune history' in every format over the same imported results (two people, a gap, reliable and unreliable
 * change). Each case is a file NAME.args holding the history arguments, one per line; its outputs are NAME.txt,
 * .md, .json, .csv and .html. A file that belongs to no case fails, so no golden file is left behind unchecked.
 */
class HistoryGoldenTest {
    static final Path FOLDER = Path.of("src/test/resources/golden/history");
    static final Path ANSWERS = Path.of("src/test/resources/history/answers");
    static final Path QUESTIONNAIRE = Path.of("src/test/resources/history/strain-check.yaml");
    static final Map<String, String> FORMATS = Map.of("text", ".txt", "markdown", ".md", "json", ".json", "csv", ".csv", "html", ".html");

    @TempDir
    static Path home;

    static Map<String, String> environment() {
        return Map.of("XDG_DATA_HOME", home.resolve("data").toString(), "XDG_CONFIG_HOME", home.resolve("config").toString());
    }

    @BeforeAll
    static void importTheAnswers() throws IOException {
        Path questionnaires = Files.createDirectories(home.resolve("config/attune/questionnaires"));
        Files.copy(QUESTIONNAIRE, questionnaires.resolve("strain-check.yaml"));
        CliRun run = CliRun.of(environment(), "results", "import", ANSWERS.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    static List<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".args")).map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        }
    }

    static Stream<Arguments> casesAndFormats() throws IOException {
        return cases().stream().flatMap(c -> FORMATS.keySet().stream().sorted().map(f -> Arguments.of(c, f)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("casesAndFormats")
    void history(String name, String format) throws IOException {
        List<String> args = new ArrayList<>(List.of("history"));
        args.addAll(Files.readAllLines(FOLDER.resolve(name + ".args")));
        args.addAll(List.of("--format", format));
        CliRun run = CliRun.of(environment(), args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        String out = format.equals("html") ? HtmlGoldenTest.normalised(run.out()) : run.out();
        GoldenFile.assertMatches(FOLDER.resolve(name + FORMATS.get(format)), out);
    }

    @Test
    void theHtmlPageIsSelfContainedAndBreaksTheLineAtAGap() {
        String html = CliRun.of(environment(), "history", "strain-check", "--respondent", "A.B.", "--format", "html").out();
        assertThat(html.toLowerCase(java.util.Locale.ROOT)).doesNotContain("<script", "<link", "<img", "src=", "href=", "url(", "http:", "https:");
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").contains("default-src 'none'");
        String support = html.substring(html.indexOf("<strong>Support</strong>"));
        support = support.substring(0, support.indexOf("</svg>"));
        // 4, 6, (no value), 9, 11: two runs of line, never a drop to the axis
        assertThat(support.split("<polyline class=\"trend\"", -1)).hasSize(3);
        assertThat(support).contains("aria-label=\"Support over 5 results: 4, 6, no value, 9, 11\"");
        assertThat(html.split("<svg class=\"chart history\"", -1)).as("a chart per score").hasSize(3);
    }

    @Test
    void everyGoldenFileBelongsToACase() throws IOException {
        Set<String> expected = new java.util.HashSet<>();
        for (String c : cases()) {
            expected.add(c + ".args");
            FORMATS.values().forEach(ext -> expected.add(c + ext));
        }
        try (Stream<Path> files = Files.list(FOLDER)) {
            Set<String> orphans = files.map(p -> p.getFileName().toString()).filter(n -> !expected.contains(n)).collect(Collectors.toSet());
            assertThat(orphans).as("golden files that belong to no case (remove them, or add NAME.args)").isEmpty();
        }
    }
}
