package org.attune.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.attune.answers.AnswersFileReader;
import org.attune.definition.Questionnaire;
import org.attune.definition.QuestionnaireLoader;
import org.attune.scoring.Guidance;
import org.attune.scoring.GuidanceEngine;
import org.junit.jupiter.api.Test;

/** A prorated score says so, and the JSON report says how every score came about. */
class ProratedScoreReportTest {

    static Guidance oneItemMissing() throws Exception {
        Questionnaire q = new QuestionnaireLoader().load(Path.of("src/test/resources/instruments/seven-item-prorated.yaml"));
        String answers = "questionnaire: seven-item-prorated\nversion: 1.0.0\nanswers:\n  p1: 3\n  p2: 3\n  p3: 1\n  p4: 1\n  p5: 1\n  p6: 0\n";
        return GuidanceEngine.evaluate(q, new AnswersFileReader().read("a.yaml", answers.getBytes(StandardCharsets.UTF_8), q, true).answers());
    }

    @Test
    void textAndMarkdownMarkAProratedScore() throws Exception {
        ReportDocument doc = ReportDocument.of(oneItemMissing());
        assertThat(new TextReport(TextStyle.PLAIN_80).render(doc)).contains("11 of 21  moderate\n    Prorated from 6 of 7 answers.")
                .contains("Not enough answers for a recommendation", "Total (complete only) has 6 of 7 answers; it needs 7.");
        assertThat(new MarkdownReport().render(doc)).contains("6 of 7 (prorated)");
    }

    @Test
    void jsonGivesTheAnsweredSumTheValueBeforeRoundingAndTheRules() throws Exception {
        String json = JsonReport.render(oneItemMissing());
        JsonNode total = new ObjectMapper().readTree(json).path("scores").get(0);
        assertThat(total.path("value").decimalValue()).isEqualByComparingTo("11");
        assertThat(total.path("answeredValue").decimalValue()).isEqualByComparingTo("9");
        assertThat(total.path("unrounded").decimalValue()).isEqualByComparingTo("10.5");
        assertThat(total.path("missingRule").asText()).isEqualTo("prorate");
        assertThat(total.path("missing").asInt()).isEqualTo(total.path("of").asInt() - total.path("answered").asInt()).isPositive();
        assertThat(total.path("rounding").asText()).isEqualTo("half-up");
        assertThat(total.path("prorated").asBoolean()).isTrue();
        assertThat(total.path("answered").asInt()).isEqualTo(6);
        assertThat(JsonReportSchemaTest.schema().validate(json, com.networknt.schema.InputFormat.JSON)).isEmpty();
    }
}
