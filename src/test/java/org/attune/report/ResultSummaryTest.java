package org.attune.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.attune.answers.AnswersFileReader;
import org.attune.definition.Questionnaire;
import org.attune.definition.QuestionnaireLoader;
import org.attune.scoring.Guidance;
import org.attune.scoring.GuidanceEngine;
import org.junit.jupiter.api.Test;

/** The lines left in the shell after the full-screen report, and dates written for people. */
class ResultSummaryTest {

    @Test
    void anUrgentFlagTheRecommendationEachScoreAndTheWayBack() throws Exception {
        Questionnaire q = new QuestionnaireLoader().load(Path.of("questionnaires/countertransference-check.yaml"));
        Path answers = Path.of("src/test/resources/scenarios/01-client-risk.yaml");
        Guidance g = GuidanceEngine.evaluate(q, new AnswersFileReader().read(answers.toString(), Files.readAllBytes(answers), q, false).answers());
        String summary = ResultSummary.render(g, Path.of("/results/r.report.json"), 4, 100);
        assertThat(summary.lines().toList()).first().isEqualTo("Self-of-therapist check about one client \u00b7 22 November 2026");
        assertThat(summary).contains("URGENT   You marked that this client may be at risk",
                "Recommendation: Make sure the client's crisis plan and cover are in place (safety first)",
                "  Empathy and regard ", "Saved in /results/r.report.json\nSee the whole report again: attune results show 4\n");
        assertThat(summary.lines().count()).as("short enough to stay on a 30-row screen").isLessThan(20);
        assertThat(ResultSummary.atAGlance(g, 100)).containsExactly(
                "Recommendation: Make sure the client's crisis plan and cover are in place (safety first); why and",
                "                what next follow below.");
    }

    @Test
    void datesForPeople() {
        assertThat(ReportWording.date("2026-11-22T21:39:00+01:00")).isEqualTo("22 November 2026, 21:39");
        assertThat(ReportWording.date("2026-11-22T21:39")).isEqualTo("22 November 2026, 21:39");
        assertThat(ReportWording.date("2026-11-22")).isEqualTo("22 November 2026");
        assertThat(ReportWording.date("soon")).isEqualTo("soon");
    }
}
