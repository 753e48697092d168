package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.attune.GoldenFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTML report of the golden answers (both bundled questionnaires, one with an urgent flag). The golden
 * files are normalised: the inlined stylesheet is replaced by its file's name, since report.css is reviewed
 * as itself.
 */
class HtmlGoldenTest {
    static final Path ANSWERS = Path.of("src/test/resources/golden/score");
    static final Path FOLDER = Path.of("src/test/resources/golden/html");
    static final String STYLESHEET = "src/main/resources/org/attune/report/report.css";

    static Stream<String> cases() {
        return Stream.of("ct-safety-and-culture", "ct-own-history", "ct-goals-reached", "ft-self-care");
    }

    /** The report as 'attune score --format html' writes it. */
    static String html(String name) throws IOException {
        Path answers = ANSWERS.resolve(name + ".answers.yaml");
        String questionnaire = name.startsWith("ft-") ? "flourish-thrive" : "countertransference-check";
        CliRun run = CliRun.of(Map.of(), "score", questionnaire, "--answers", answers.toString(), "--format", "html");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        return run.out();
    }

    static String normalised(String html) throws IOException {
        String css = Files.readString(Path.of(STYLESHEET));
        assertThat(html).as("the stylesheet is inlined whole").contains("<style>\n" + css + "</style>\n");
        return html.replace("<style>\n" + css + "</style>\n", "<style>\n/* " + STYLESHEET + " */\n</style>\n");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void matchesTheGoldenFile(String name) throws IOException {
        GoldenFile.assertMatches(FOLDER.resolve(name + ".html"), normalised(html(name)));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void isOneSmallFileThatReachesForNothingOutside(String name) throws IOException {
        String html = html(name);
        assertThat(html.getBytes(StandardCharsets.UTF_8).length).as("bytes").isLessThan(60_000);
        assertThat(html.toLowerCase(java.util.Locale.ROOT)).doesNotContain("<script", "<link", "<img", "<iframe", "<object", "<embed",
                "src=", "href=", "url(", "@import", "http:", "https:", "//");
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").contains("default-src 'none'");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theTextReportsWordsAreAllThere(String name) throws IOException {
        String text = CliRun.of(Map.of(), "score", name.startsWith("ft-") ? "flourish-thrive" : "countertransference-check",
                "--answers", ANSWERS.resolve(name + ".answers.yaml").toString()).out();
        String html = html(name).replaceAll("<[^>]+>", "").replace("&quot;", "\"").replace("&amp;", "&").replaceAll("\\s+", " ");
        // every line of the text report, minus its layout (bars, boxes, indents, capitals), appears in the page
        String disclaimer = text.substring(text.indexOf("\u2500\u2500\u2500\n") + 4).replaceAll("\\s+", " ").strip();
        assertThat(html).contains(disclaimer);
        for (String line : text.lines().toList()) {
            String words = line.replaceAll("[\u2500-\u25ff\u2588\u2591\u2610\u2022]", "").replaceAll("^\\s*(\\d+\\.\\s|-\\s)?", "").strip();
            if (words.length() > 3 && !words.equals(words.toUpperCase(java.util.Locale.ROOT)) && !words.matches(".*\\s{2,}.*")) {
                assertThat(html).as("from the text report: %s", words).contains(words);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void severalAnswersFilesMakeNoHtmlPage() {
        CliRun run = CliRun.of(Map.of(), "score", "countertransference-check", "--answers", ANSWERS.toString(), "--format", "html");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("attune: an HTML report is one page for one answers file; score them one at a time,"
                + " or use --format json for many\n");
    }

    @org.junit.jupiter.api.Test
    void aSessionEndsWithTheHtmlPageWhenAsked(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path page = dir.resolve("report.html");
        CliRun run = CliRun.withInput(Map.of("XDG_STATE_HOME", dir.resolve("state").toString(), "XDG_DATA_HOME", dir.resolve("data").toString()),
                "4\n2\nn\n", "run", RunCommandTest.QUESTIONNAIRE, "--format", "html", "--output", page.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("<!DOCTYPE html>").contains("<h1>Three questions</h1>", "<svg class=\"chart\"").endsWith("</html>\n");
        assertThat(Files.readString(page)).isEqualTo(run.out());
    }
}
