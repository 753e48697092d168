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

/**
 * "Prefer not to answer" counts as missing for scores and flags, and the report says it was the
 * person's choice: never a number made up for it, never silence about a safety question.
 */
class DeclinedAnswerReportTest {

    static Guidance declined(String declined) throws Exception {
        Questionnaire q = new QuestionnaireLoader().load(Path.of("src/test/resources/instruments/nine-item-severity.yaml"));
        String answers = "questionnaire: nine-item-severity\nversion: 1.0.0\nanswers:\n  i2: 3\n  i3: 3\n  i4: 3\n  i5: 3\n  i6: 0\n  i7: 0\n  i8: 0\n"
                + "declined: " + declined + "\n";
        return GuidanceEngine.evaluate(q, new AnswersFileReader().read("a.yaml", answers.getBytes(StandardCharsets.UTF_8), q, true).answers());
    }

    static Guidance sevenItems(String answered, String declined) throws Exception {
        Questionnaire q = new QuestionnaireLoader().load(Path.of("src/test/resources/instruments/seven-item-prorated.yaml"));
        String answers = "questionnaire: " + q.id() + "\nversion: " + q.header().version() + "\nanswers:\n" + answered + "declined: " + declined + "\n";
        return GuidanceEngine.evaluate(q, new AnswersFileReader().read("a.yaml", answers.getBytes(StandardCharsets.UTF_8), q, false).answers());
    }

    @Test
    void aDeclinedItemIsMissingForTheScoreAndCountedApart() throws Exception {
        var score = sevenItems("  p1: 1\n  p2: 1\n  p3: 1\n  p4: 1\n  p5: 1\n  p6: 1\n", "[p7]").scores().get(0);
        assertThat(score.answered()).isEqualTo(6);
        assertThat(score.declined()).isEqualTo(1);
        assertThat(score.value()).as("6 from 6 answers, prorated to 7").hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("7"));
        String text = new TextReport(TextStyle.PLAIN_80).render(ReportDocument.of(sevenItems("  p1: 1\n  p2: 1\n  p3: 1\n  p4: 1\n  p5: 1\n  p6: 1\n", "[p7]")));
        assertThat(text).contains("Prorated from 6 of 7 answers; you preferred not to answer 1.");
    }

    @Test
    void textSaysWhichAnswersWereDeclinedAndThatTheSafetyFlagIsUndecided() throws Exception {
        String text = new TextReport(TextStyle.PLAIN_80).render(ReportDocument.of(declined("[i1, i9]"))).replaceAll("\\s+", " ");
        assertThat(text).contains("Severity has 7 of 9 answers (you preferred not to answer 2); it needs 9.")
                .contains("NOT ANSWERED A question this urgent flag needs was one you preferred not to answer, so attune cannot tell "
                        + "whether it applies. That is your choice; please take what it asks about to supervision or consultation.")
                .doesNotContain("answer it, or take it")
                .contains("Because you preferred not to answer \u201cStatement nine (the safety item)\u201d.")
                .doesNotContain("Because you answered \u201cPrefer not to answer\u201d");
    }

    @Test
    void jsonCountsDeclinedItemsPerScoreAndKeepsTheirReasonWithoutAValue() throws Exception {
        String json = JsonReport.render(declined("[i1, i9]"));
        var tree = new ObjectMapper().readTree(json);
        assertThat(tree.path("scores").get(0).path("declined").asInt()).isEqualTo(2);
        assertThat(tree.path("scores").get(0).path("answered").asInt()).isEqualTo(7);
        assertThat(tree.path("notAnswered").get(0).path("reasons").get(0).path("value").isNull()).isTrue();
        assertThat(JsonReportSchemaTest.schema().validate(json, com.networknt.schema.InputFormat.JSON)).isEmpty();
    }

    @Test
    void withTooManyDeclinedTheScoreHasNoValueAndSaysWhy() throws Exception {
        String text = new TextReport(TextStyle.PLAIN_80).render(ReportDocument.of(sevenItems("  p1: 1\n  p2: 1\n  p3: 1\n  p4: 1\n", "[p5, p6, p7]")))
                .replaceAll("\\s+", " ");
        assertThat(text).contains("Total has 4 of 7 answers (you preferred not to answer 3); it needs 5.")
                .contains("not enough answers (4 of 7 answered, 3 declined; 5 needed)").doesNotContainPattern("Total [0-9]");
    }
}
