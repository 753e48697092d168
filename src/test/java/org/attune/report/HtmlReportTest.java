package org.attune.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attune.answers.AnswersFileReader;
import org.attune.definition.Questionnaire;
import org.attune.definition.QuestionnaireLoader;
import org.attune.scoring.GuidanceEngine;
import org.junit.jupiter.api.Test;

/** What the HTML report promises beyond its golden files: escaping, privacy, shapes and structure. */
class HtmlReportTest {
    private static final String QUESTIONNAIRE = """
            format: 1
            id: html-check
            version: 1.0.0
            title: "Checks <b>&</b> \\"balances\\""
            estimatedMinutes: 1
            scales:
              - id: zero3
                options: [{value: 0, label: never}, {value: 1, label: sometimes}, {value: 2, label: often}, {value: 3, label: always}]
            sections:
              - id: main
                title: Main
                items:
                  - {id: a, type: choice, scale: zero3, required: false, text: "A <i>?</i>"}
                  - {id: b, type: choice, scale: zero3, required: false, text: "B?"}
                  - {id: c, type: choice, scale: zero3, required: false, text: "C?"}
                  - {id: note, type: text, multiline: true, required: false, text: "Shared <note>"}
                  - {id: secret, type: text, required: false, private: true, text: "Private question"}
            scores:
              - {id: ab, title: "A & B", method: sum, items: [a, b], bands: [{min: 0, max: 3, label: "low <3"}, {min: 4, max: 6, label: high}]}
              - {id: c_only, title: C alone, method: sum, items: [c], bands: [{min: 0, max: 3, label: any}]}
            flags:
              - {id: urgent_a, severity: urgent, when: "answers.a == 3", recommend: ending, message: "A is always. Act <now>."}
              - {id: caution_b, severity: caution, when: "answers.b == 3", message: "B is always."}
              - {id: info_b, severity: info, when: "answers.b >= 2", message: "B is often."}
            recommendations:
              - {id: ending, kind: end-well, priority: 5, when: "answers.a >= 1", title: "End <well>", nextSteps: ["Say goodbye & mean it."]}
              - {id: stay, kind: continue, default: true, title: Stay}
            endingChecklist: ["Give notice <early>.", Give referrals.]
            """;

    private static String html(String answers) throws Exception {
        Questionnaire q = new QuestionnaireLoader().load("html-check.yaml", QUESTIONNAIRE.getBytes(StandardCharsets.UTF_8));
        String file = "questionnaire: html-check\nversion: 1.0.0\nrespondent: \"<script>alert(1)</script>\"\nanswers:\n" + answers.indent(2);
        var read = new AnswersFileReader().read("answers.yaml", file.getBytes(StandardCharsets.UTF_8), q, false);
        return new HtmlReport().render(ReportDocument.of(GuidanceEngine.evaluate(q, read.answers())));
    }

    @Test
    void freeTextAndQuestionnaireTextAreEscapedAndPrivateAnswersLeftOut() throws Exception {
        String html = html("a: 3\nb: 3\nnote: |\n  line one <img src=x onerror=alert(2)>\n  line & two\nsecret: my private words");
        assertThat(html).doesNotContain("<script>", "<img", "<note>", "<i>?", "<b>&", "<now>", "<well>", "<early>", "<3")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "line one &lt;img src=x onerror=alert(2)&gt;\nline &amp; two",
                        "Checks &lt;b&gt;&amp;&lt;/b&gt; &quot;balances&quot;", "Shared &lt;note&gt;", "low &lt;3");
        assertThat(html).doesNotContain("my private words", "Private question");
    }

    @Test
    void severityIsShownByWordAndShapeAsWellAsColour() throws Exception {
        String html = html("a: 3\nb: 3");
        assertThat(html).contains("<div class=\"flag urgent\" role=\"note\" aria-label=\"Urgent flag\">",
                "<div class=\"flag caution\" role=\"note\" aria-label=\"Caution flag\">", "<div class=\"flag note\" role=\"note\" aria-label=\"Note flag\">");
        assertThat(html).contains("<strong class=\"severity\">Urgent</strong>", "<strong class=\"severity\">Caution</strong>",
                "<strong class=\"severity\">Note</strong>");
        assertThat(html).contains("points=\"7,1 17,1 23,7 23,17 17,23 7,23 1,17 1,7\"", "points=\"12,1 23,22 1,22\"", "<circle class=\"shape\"");
        assertThat(html.indexOf("flag urgent")).isLessThan(html.indexOf("flag caution")).isLessThan(html.indexOf("flag note"));
    }

    @Test
    void everyScoreWithAValueIsAChartWithAnAccessibleName() throws Exception {
        String html = html("a: 3\nb: 1");
        Matcher charts = Pattern.compile("<svg class=\"chart\" role=\"img\"[^>]*aria-label=\"([^\"]*)\"[^>]*>\\n\\s*<title>([^<]*)</title>").matcher(html);
        assertThat(charts.find()).isTrue();
        assertThat(charts.group(1)).isEqualTo("A &amp; B: 4 on a scale from 0 to 6, in the band “high” (4 to 6).").isEqualTo(charts.group(2));
        assertThat(charts.find()).as("C was not answered: no chart, and the reason in words").isFalse();
        assertThat(html).contains("<span class=\"value\">not enough answers (0 of 1 answered; 1 needed)</span>");
    }

    @Test
    void theChecklistIsCheckBoxesWithLabels() throws Exception {
        String html = html("a: 1");
        assertThat(html).contains("<ul class=\"checklist\">", "<li><label><input type=\"checkbox\"> Give notice &lt;early&gt;.</label></li>",
                "<li><label><input type=\"checkbox\"> Give referrals.</label></li>");
    }

    @Test
    void headingsGoDownOneLevelAtATimeAndTheDisclaimerComesLast() throws Exception {
        String html = html("a: 3\nb: 3\nnote: hello");
        Matcher headings = Pattern.compile("<h([1-6])[ >]").matcher(html);
        int previous = 0;
        while (headings.find()) {
            int level = Integer.parseInt(headings.group(1));
            assertThat(level).as("heading after h%d", previous).isLessThanOrEqualTo(previous + 1);
            previous = level;
        }
        assertThat(html.indexOf(ReportWording.DISCLAIMER)).isGreaterThan(html.indexOf("hello"));
        assertThat(html).endsWith("</footer>\n  </main>\n</body>\n</html>\n".replace("  </main>", "</main>"));
    }
}
