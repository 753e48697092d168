package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTML reports of the golden cases, written by the built jar, in a real browser: drawn on a desktop and a
 * phone without console errors, every chart with a visible size, and printed to a PDF that holds the
 * recommendation. Screenshots and PDFs go to target/browser (never into the repository) for people to look at.
 */
class ReportInBrowserIT {
    static final Path OUTPUT = Path.of("target/browser").toAbsolutePath();
    /** Measures the page once laid out; only the test's copy of the report carries it. */
    private static final String PROBE = """
            <script>
            document.addEventListener('securitypolicyviolation', function (e) { problem('blocked ' + e.blockedURI); });
            window.addEventListener('error', function (e) { problem('error ' + (e.message || e.target.outerHTML)); }, true);
            function problem(text) { var p = document.getElementById('probe') || document.body.appendChild(document.createElement('pre'));
              p.id = 'probe'; p.hidden = true; p.textContent += text + '\\n'; }
            window.addEventListener('load', function () {
              document.querySelectorAll('svg.chart').forEach(function (svg) {
                var box = svg.getBoundingClientRect();
                problem('chart ' + Math.round(box.width) + 'x' + Math.round(box.height) + ' ' + svg.getAttribute('aria-label'));
              });
              problem('resources ' + performance.getEntriesByType('resource').length);
              problem('overflow ' + (document.documentElement.scrollWidth > window.innerWidth));
              problem('viewport ' + window.innerWidth);
              if (parent !== window) { parent.postMessage(document.getElementById('probe').textContent, '*'); }
            });
            </script>
            """;

    static List<String> cases() {
        return HtmlGoldenTest.cases().toList();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theReportDrawsAndPrintsInABrowser(String name) throws Exception {
        Files.createDirectories(OUTPUT);
        HeadlessChromium chromium = HeadlessChromium.find(Files.createTempDirectory("attune-browser")).orElse(null);
        if (chromium == null || HeadlessChromium.onPath("pdftotext").isEmpty()) {
            String why = "SKIPPED: the browser test needs Debian's 'chromium' and 'poppler-utils' (.ci/run installs them when it can)";
            System.err.println(why); // in the build log too, not only in the test report
            Assumptions.abort(why);
        }
        String questionnaire = name.startsWith("ft-") ? "flourish-thrive" : "countertransference-check";
        String answers = HtmlGoldenTest.ANSWERS.resolve(name + ".answers.yaml").toString();
        Path page = OUTPUT.resolve(name + ".html");
        LauncherProcess written = LauncherProcess.run("score", questionnaire, "--answers", answers, "--format", "html", "--output", page.toString());
        assertThat(written.exitCode()).as(written.err()).isZero();

        HeadlessChromium.Run desktop = chromium.run(page, "--window-size=1000,2600", "--screenshot=" + OUTPUT.resolve(name + ".desktop.png"));
        HeadlessChromium.Run phone = chromium.run(framed(page, 390, 3600), "--window-size=500,3600", "--screenshot=" + OUTPUT.resolve(name + ".phone.png"));
        HeadlessChromium.Run printed = chromium.run(page, "--no-pdf-header-footer", "--print-to-pdf=" + OUTPUT.resolve(name + ".pdf"));
        for (HeadlessChromium.Run run : List.of(desktop, phone, printed)) {
            assertThat(run.consoleMessages()).as("console messages").isEmpty();
        }
        assertThat(Files.size(OUTPUT.resolve(name + ".desktop.png"))).isGreaterThan(10_000);
        assertThat(Files.size(OUTPUT.resolve(name + ".phone.png"))).isGreaterThan(10_000);

        int charts = count(Files.readString(page), "<svg class=\"chart\"");
        assertThat(charts).as("charts in the page").isPositive();
        for (int width : List.of(1000, 390)) {
            List<String> probe = probe(chromium, page, width);
            assertThat(probe).as("%d pixels wide", width).contains("resources 0", "overflow false", "viewport " + width).noneMatch(l -> l.startsWith("error") || l.startsWith("blocked"));
            List<String> drawn = probe.stream().filter(l -> l.startsWith("chart ")).toList();
            assertThat(drawn).as("charts drawn %d pixels wide", width).hasSize(charts).allSatisfy(l -> {
                Matcher box = Pattern.compile("chart (\\d+)x(\\d+) .*").matcher(l);
                assertThat(box.matches()).isTrue();
                assertThat(Integer.parseInt(box.group(1))).as(l).isGreaterThan(200);
                assertThat(Integer.parseInt(box.group(2))).as(l).isGreaterThan(30);
            });
        }

        String pdf = pdfText(OUTPUT.resolve(name + ".pdf"));
        var report = new ObjectMapper().readTree(LauncherProcess.run("score", questionnaire, "--answers", answers, "--format", "json").out());
        String recommendation = report.path("recommendation").path("title").asText();
        String firstStep = report.path("recommendation").path("nextSteps").path(0).asText();
        String disclaimer = report.path("disclaimer").asText();
        assertThat(pdf).contains(flat(recommendation), flat(firstStep), flat(disclaimer));
        assertThat(pdf.indexOf(flat(disclaimer))).as("the disclaimer ends the printed report").isGreaterThan(pdf.lastIndexOf(flat(firstStep)));
        assertThat(pdf.substring(pdf.indexOf(flat(disclaimer)) + flat(disclaimer).length()).strip()).isEmpty();
        int newPages = count(Files.readString(page), " new-page\"");
        assertThat(pages(OUTPUT.resolve(name + ".pdf"))).as("a printed page for each section that starts one").isGreaterThan(newPages);
    }

    private static int pages(Path pdf) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("pdfinfo", pdf.toString()).redirectErrorStream(true).start();
        String info = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Matcher pages = Pattern.compile("(?m)^Pages:\\s+(\\d+)$").matcher(info);
        assertThat(pages.find()).as(info).isTrue();
        return Integer.parseInt(pages.group(1));
    }

    /**
     * A page showing another in a frame of a phone's width: headless Chromium draws no window narrower than 500
     * pixels, so a phone is a frame. The frame's probe posts its lines up to this page.
     */
    private static Path framed(Path page, int width, int height) throws IOException {
        Path frame = Files.createTempFile(OUTPUT, "frame", ".html");
        frame.toFile().deleteOnExit();
        Files.writeString(frame, "<!DOCTYPE html><html><body style=\"margin:0\"><pre id=\"probe\" hidden></pre><script>"
                + "addEventListener('message', function (e) { document.getElementById('probe').textContent = e.data; });</script>"
                + "<iframe src=\"" + page.getFileName() + "\" width=\"" + width + "\" height=\"" + height + "\" style=\"border:0\"></iframe></body></html>");
        return frame;
    }

    /** The probe's lines: the page with the measuring script, its policy widened to let that script run. */
    private static List<String> probe(HeadlessChromium chromium, Path page, int width) throws Exception {
        String html = Files.readString(page);
        String policy = "default-src 'none'; style-src 'unsafe-inline'";
        assertThat(html).contains(policy);
        Path probed = Files.createTempFile(OUTPUT, "probe", ".html");
        Files.writeString(probed, html.replace(policy, policy + "; script-src 'unsafe-inline'").replace("<meta charset=\"utf-8\">",
                "<meta charset=\"utf-8\">\n" + PROBE));
        boolean phone = width < 500;
        Path shown = phone ? framed(probed, width, 800) : probed;
        try {
            String dom = chromium.run(shown, "--window-size=" + Math.max(width, 500) + ",900", "--virtual-time-budget=3000", "--dump-dom").out();
            Matcher pre = Pattern.compile("<pre id=\"probe\" hidden(?:=\"\")?>([^<]*)</pre>").matcher(dom);
            assertThat(pre.find()).as("the probe ran").isTrue();
            return pre.group(1).lines().toList();
        } finally {
            Files.delete(probed);
            if (phone) {
                Files.delete(shown);
            }
        }
    }

    private static String pdfText(Path pdf) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("pdftotext", pdf.toString(), "-").redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(text).isZero();
        return flat(text);
    }

    /** Words only: line breaks and page breaks fall anywhere in a PDF. */
    private static String flat(String text) {
        return text.replaceAll("[\\s\u00a0]+", " ").strip();
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
