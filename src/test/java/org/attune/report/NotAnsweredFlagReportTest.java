package org.attune.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.attune.answers.AnswersFileReader;
import org.attune.definition.Questionnaire;
import org.attune.definition.QuestionnaireLoader;
import org.attune.scoring.Guidance;
import org.attune.scoring.GuidanceEngine;
import org.junit.jupiter.api.Test;

/** A flag an unanswered question left undecided is reported as not answered in every format, never as fired. */
class NotAnsweredFlagReportTest {

    static Guidance safetyItemSkipped() throws Exception {
        Questionnaire q = new QuestionnaireLoader().load(Path.of("src/test/resources/instruments/nine-item-severity.yaml"));
        String answers = "questionnaire: nine-item-severity\nversion: 1.0.0\nanswers:\n  i1: 0\n  i2: 1\n  i3: 0\n  i4: 0\n  i5: 0\n  i6: 0\n  i7: 0\n  i8: 0\n";
        return GuidanceEngine.evaluate(q, new AnswersFileReader().read("a.yaml", answers.getBytes(StandardCharsets.UTF_8), q, true).answers());
    }

    @Test
    void textListsItAsNotAnsweredWithoutTheUrgentBox() throws Exception {
        String text = new TextReport(TextStyle.PLAIN_80).render(ReportDocument.of(safetyItemSkipped()));
        assertThat(text).contains("NOT ANSWERED  A question this urgent flag needs was not answered")
                .contains("Because you did not answer \u201cStatement nine (the safety item)\u201d.")
                .doesNotContain("\u256d", "URGENT");
    }

    @Test
    void jsonKeepsItApartFromTheFlagsThatFired() throws Exception {
        String json = JsonReport.render(safetyItemSkipped());
        var tree = new ObjectMapper().readTree(json);
        assertThat(tree.path("flags")).isEmpty();
        assertThat(tree.path("notAnswered").get(0).path("id").asText()).isEqualTo("item_nine");
        assertThat(tree.path("notAnswered").get(0).path("reasons").get(0).path("value").isNull()).isTrue();
        assertThat(JsonReportSchemaTest.schema().validate(json, com.networknt.schema.InputFormat.JSON)).isEmpty();
    }

    @Test
    void markdownAndHtmlSayNotAnswered() throws Exception {
        Guidance guidance = safetyItemSkipped();
        assertThat(new MarkdownReport().render(ReportDocument.of(guidance))).contains("> [!IMPORTANT]", "**Not answered:**");
        String html = new HtmlReport().render(ReportDocument.of(guidance));
        assertThat(html).contains("flag urgent not-answered", "Not answered");
    }
}
