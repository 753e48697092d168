package org.attune.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.attune.answers.AnswersFileReader;
import org.attune.definition.Questionnaire;
import org.attune.definition.QuestionnaireLoader;
import org.attune.report.JsonReport;
import org.attune.report.ReportDocument;
import org.attune.report.TextReport;
import org.attune.report.TextStyle;
import org.attune.scoring.GuidanceEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The decision rules of the bundled questionnaires, one scenario answers file per rule plus mixed cases,
 * each run through the real loader, scorer and JSON report.
 */
class ScenarioTest {
    static final Path FOLDER = Path.of("src/test/resources/scenarios");

    /** What one scenario must give: the recommendation, every flag, what else matched, and the facts named. */
    record Expected(String file, String recommendation, String kind, List<String> flags, List<String> alsoMatched,
            boolean checklist, List<String> reasonNames) {}

    static Expected expect(String file, String recommendation, String kind, String flags, String alsoMatched, boolean checklist, String reasons) {
        return new Expected(file, recommendation, kind, split(flags), split(alsoMatched), checklist, split(reasons));
    }

    static List<String> split(String list) {
        return list.isBlank() ? List.of() : List.of(list.split(" "));
    }

    static Stream<Arguments> scenarios() {
        return Stream.of(
                // goals are met too, but nothing under an urgent threat says "celebrate", and no ending checklist follows
                expect("01-threat", "safety-first", "safety-first", "threat_or_unsafe", "", false, "flags.threat_or_unsafe"),
                expect("01-not-sure-unsafe", "safety-first", "safety-first", "threat_or_unsafe", "", false, "flags.threat_or_unsafe"),
                // a leave is coming while the client is at risk: red flag 2, with its own safety recommendation
                expect("01-client-risk", "safety-client", "safety-first", "client_risk risk_with_gap planned_leave", "", false,
                        "flags.client_risk flags.risk_with_gap"),
                expect("01-boundary-violations", "safety-first", "safety-first", "repeated_boundary_violations", "", false,
                        "flags.repeated_boundary_violations"),
                expect("02-culture-only", "consult-culture", "consult", "culture_not_a_reason", "", false, "answers.cx_culture"),
                expect("03-values-only", "consult-values", "consult", "values_not_a_reason", "", false, "answers.cx_values"),
                expect("04-strained-own-history", "own-therapy", "own-therapy", "", "consult-regard", false,
                        // only the parts of the 'or' that hold: strong reactions and the mirror item were not the cause
                        "answers.re_own_history scores.empathy answers.re_reminds"),
                // "consult, then consider referring" is never offered beside "... and continue"
                expect("04-no-regard-no-path", "refer-no-path", "refer", "", "", true, "scores.empathy answers.cx_path_forward"),
                expect("05-beyond-training-dbt", "refer-dbt", "refer", "", "", true, "answers.fit_training answers.fit_specialty"),
                expect("05-small-gap", "consult-and-learn", "consult", "", "", false, "answers.fit_training"),
                expect("06-physical-symptoms", "medical-check", "medical-check", "", "", false, "answers.fit_physical"),
                expect("07-goals-reached", "end-well", "end-well", "", "", true, "answers.pr_goals_met"),
                expect("07-goals-reached-wants-growth", "coaching", "coaching", "", "end-well", true,
                        "answers.pr_goals_met answers.pr_functioning answers.pr_wants_goals answers.sf_client_risk"),
                expect("08-coaching", "coaching", "coaching", "", "end-well", true,
                        "answers.pr_goals_met answers.pr_functioning answers.pr_wants_goals answers.sf_client_risk"),
                expect("09-stuck", "consult-stuck", "consult", "", "", false, "answers.pr_stuck answers.pr_not_benefiting"),
                expect("09-stuck-after-trying", "refer-after-trying", "refer", "", "consult-stuck", true,
                        "answers.pr_stuck answers.pr_not_benefiting answers.pr_tried"),
                expect("10-no-shows", "discharge-steps", "end-well", "", "engagement-talk", true, "answers.pr_missed answers.pr_no_reply"),
                expect("11-advance-addressed", "explore-advances", "consult", "", "", false, "answers.sf_advances"),
                expect("11-advances-persisting", "refer-with-care", "refer", "persisting_advances", "", true, "answers.sf_advances"),
                expect("12-income-bias", "continue", "continue", "income_bias", "", false, ""),
                expect("13-relocation", "check-jurisdiction", "consult", "jurisdiction", "", false, "answers.cx_moving"),
                expect("14-planned-leave", "continue", "continue", "planned_leave", "", false, ""),
                // the note that culture is no reason to refer stays; "learn ... and continue" does not sit under a threat
                expect("15-safety-and-culture", "safety-first", "safety-first", "threat_or_unsafe culture_not_a_reason", "", false,
                        "flags.threat_or_unsafe"),
                expect("16-goals-and-physical", "end-well", "end-well", "", "medical-check", true, "answers.pr_goals_met"),
                expect("17-all-fine", "continue", "continue", "", "", false, ""),
                expect("18-cannot-pay", "continue", "continue", "cannot_pay", "", false, ""),
                expect("19-risk-with-move", "safety-client", "safety-first", "client_risk risk_with_gap jurisdiction", "check-jurisdiction", false,
                        "flags.client_risk flags.risk_with_gap"),
                expect("20-threat-and-client-risk", "safety-first", "safety-first", "threat_or_unsafe client_risk", "safety-client", false,
                        "flags.threat_or_unsafe"),
                expect("21-confidant", "refocus-goal", "continue", "", "", false, "answers.pr_conversation answers.pr_confidant"),
                expect("22-confidant-goals-met", "refocus-goal", "continue", "", "end-well", true, "answers.pr_conversation answers.pr_confidant"),
                expect("23-income-default", "continue", "continue", "income_bias", "", false, ""),
                expect("24-stuck-values", "refer-after-trying", "refer", "values_not_a_reason", "consult-stuck", true,
                        "answers.pr_stuck answers.pr_not_benefiting answers.pr_tried"),
                expect("25-dbt-and-culture", "refer-dbt", "refer", "culture_not_a_reason", "", true, "answers.fit_training answers.fit_specialty"),
                expect("26-risk-and-coaching", "safety-client", "safety-first", "client_risk", "", false, "flags.client_risk"),
                expect("27-no-shows-with-risk", "safety-client", "safety-first", "client_risk risk_with_gap", "engagement-talk", false,
                        "flags.client_risk flags.risk_with_gap"),
                expect("28-advances-and-threat", "safety-first", "safety-first", "threat_or_unsafe persisting_advances", "refer-with-care", true,
                        "flags.threat_or_unsafe"),
                // goals are met too, but no ending is suggested while the therapist is impaired
                expect("29-impairment", "support-yourself", "safety-first", "impairment", "", false, "flags.impairment"),
                expect("flourish-01-thriving", "keep-going", "continue", "", "", false, ""),
                expect("flourish-02-self-care", "tend-self-care", "consult", "", "", false,
                        "scores.self_care scores.growth scores.self_of_therapist scores.work_environment"),
                expect("flourish-03-environment", "tend-work-environment", "consult", "unsafe_room", "", false,
                        "scores.work_environment scores.growth scores.self_care scores.self_of_therapist"),
                expect("flourish-05-tie", "tend-self-care", "consult", "", "tend-work-environment", false,
                        "scores.self_care scores.growth scores.self_of_therapist scores.work_environment"),
                expect("flourish-06-declined-personal", "not-enough-answers", "not-enough-answers", "exhaustion hopelessness", "", false, ""),
                expect("flourish-04-exhausted-hopeless", "tend-self-of-therapist", "own-therapy", "exhaustion hopelessness", "", false,
                        "scores.self_of_therapist scores.growth scores.self_care scores.work_environment"))
                .map(Arguments::of);
    }

    static JsonNode report(String scenario) throws Exception {
        Path file = FOLDER.resolve(scenario + ".yaml");
        String id = scenario.startsWith("flourish") ? "flourish-thrive" : "countertransference-check";
        Questionnaire q = new QuestionnaireLoader().load(Path.of("questionnaires", id + ".yaml"));
        AnswersFileReader.Result answers = new AnswersFileReader().read(file.toString(), Files.readAllBytes(file), q, true);
        return new ObjectMapper().readTree(JsonReport.render(GuidanceEngine.evaluate(q, answers.answers())));
    }

    static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.path("id").asText()));
        return ids;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void givesTheExpectedGuidance(Expected expected) throws Exception {
        JsonNode report = report(expected.file());
        JsonNode recommendation = report.path("recommendation");
        assertThat(recommendation.path("id").asText()).isEqualTo(expected.recommendation());
        assertThat(recommendation.path("kind").asText()).isEqualTo(expected.kind());
        assertThat(ids(report.path("flags"))).containsExactlyElementsOf(expected.flags());
        assertThat(ids(report.path("alsoMatched"))).containsExactlyElementsOf(expected.alsoMatched());
        List<String> reasonNames = new ArrayList<>();
        recommendation.path("reasons").forEach(r -> reasonNames.add(r.path("name").asText()));
        assertThat(reasonNames).containsExactlyElementsOf(expected.reasonNames());
        assertThat(report.path("endingChecklist").isEmpty()).isEqualTo(!expected.checklist());
        if (expected.checklist()) {
            // every refer or end outcome carries the whole ending-well checklist
            assertThat(report.path("endingChecklist").toString()).contains("acknowledge the attachment", "notice", "at least three suitable referrals",
                    "only with the client's consent", "crisis plan", "final session", "closing letter", "Document", "Consult first");
        }
    }

    @Test
    void everyScenarioFileIsCovered() throws Exception {
        List<String> covered = scenarios().map(a -> ((Expected) a.get()[0]).file()).toList();
        try (Stream<Path> files = Files.list(FOLDER)) {
            assertThat(files.map(p -> p.getFileName().toString().replace(".yaml", "")).sorted().toList())
                    .containsExactlyInAnyOrderElementsOf(covered);
        }
    }

    @Test
    void cultureOrValuesAloneNeverLeadToReferral() throws Exception {
        for (String scenario : List.of("02-culture-only", "03-values-only", "15-safety-and-culture")) {
            JsonNode report = report(scenario);
            List<String> kinds = new ArrayList<>();
            kinds.add(report.path("recommendation").path("kind").asText());
            report.path("alsoMatched").forEach(m -> kinds.add(m.path("kind").asText()));
            assertThat(kinds).as(scenario).doesNotContain("refer");
        }
        assertThat(report("02-culture-only").toString()).contains("broaching", "not a reason to refer");
        assertThat(report("03-values-only").toString()).contains("bracketing", "values-based referral");
    }

    @Test
    void specialistReferralNamesTheApproach() throws Exception {
        JsonNode report = report("05-beyond-training-dbt");
        assertThat(report.path("recommendation").path("title").asText()).contains("DBT");
        assertThat(report.path("recommendation").path("reasons").toString()).contains("Personality-disorder features (for example, DBT)");
    }

    @Test
    void safetyAlwaysPointsToConsultationAndEveryReportSaysItIsNotADiagnosis() throws Exception {
        JsonNode safety = report("01-threat");
        assertThat(safety.path("recommendation").path("forcedBy").asText()).isEqualTo("threat_or_unsafe");
        assertThat(safety.path("recommendation").path("nextSteps").get(0).asText()).contains("Consult");
        for (String scenario : List.of("17-all-fine", "flourish-01-thriving")) {
            assertThat(report(scenario).path("disclaimer").asText()).contains("not a diagnosis", "supervision or consultation");
        }
    }

    @Test
    void declinedQuestionsCountAsMissingNeverAsAnswers() throws Exception {
        JsonNode report = report("flourish-06-declined-personal");
        assertThat(report.path("flags")).extracting(f -> f.path("id").asText()).containsExactly("exhaustion", "hopelessness");
        assertThat(report.has("notAnswered")).as("a caution flag ignores declined answers unless it says otherwise").isFalse();
        JsonNode self = report.path("scores").get(2);
        assertThat(self.path("id").asText()).isEqualTo("self_of_therapist");
        assertThat(self.path("value").isNull()).isTrue();
        assertThat(self.path("declined").asInt()).isEqualTo(3);
        JsonNode chosen = report.path("recommendation");
        assertThat(chosen.path("title").asText()).isEqualTo("Not enough answers for a recommendation");
        assertThat(chosen.path("why").get(0).asText()).isEqualTo("You in the work has 5 of 8 answers (you preferred not to answer 3); it needs 6.");
        assertThat(chosen.path("nextSteps").get(0).asText()).startsWith("Declining a question is your choice.");
    }

    @Test
    void exhaustionIsACautionThatSuggestsSupportWithoutDiagnosing() throws Exception {
        JsonNode report = report("flourish-04-exhausted-hopeless");
        assertThat(report.path("flags").get(0).path("severity").asText()).isEqualTo("caution");
        String messages = report.path("flags").toString().toLowerCase(java.util.Locale.ROOT);
        assertThat(messages).contains("talk").doesNotContain("burnout", "depress", "disorder", "diagnos");
    }

    @Test
    void textReportsFitEightyColumns() throws Exception {
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path file : files.toList()) {
                String id = file.getFileName().toString().startsWith("flourish") ? "flourish-thrive" : "countertransference-check";
                Questionnaire q = new QuestionnaireLoader().load(Path.of("questionnaires", id + ".yaml"));
                String text = new TextReport(TextStyle.PLAIN_80).render(ReportDocument.of(GuidanceEngine.evaluate(q,
                        new AnswersFileReader().read(file.toString(), Files.readAllBytes(file), q, true).answers())));
                assertThat(text.lines()).as(file.toString()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
            }
        }
    }

    /** Every scenario: nothing in a report contradicts a fired flag or the recommendation. */
    @Test
    void noReportContradictsItself() throws Exception {
        for (Arguments arguments : scenarios().toList()) {
            String scenario = ((Expected) arguments.get()[0]).file();
            JsonNode report = report(scenario);
            JsonNode top = report.path("recommendation");
            boolean cautioned = false;
            for (JsonNode flag : report.path("flags")) {
                cautioned |= !flag.path("severity").asText().equals("info");
            }
            if (cautioned) {
                assertThat(top.toString()).as(scenario).doesNotContain("Nothing you answered points away");
            }
            String kind = top.path("kind").asText();
            // the therapist's own safety may mean not continuing; the client's safety never means stopping
            if (List.of("refer", "end-well", "coaching").contains(kind) || top.path("id").asText().equals("safety-first")) {
                report.path("alsoMatched").forEach(m -> {
                    assertThat(m.path("kind").asText()).as(scenario).isNotEqualTo("continue");
                    assertThat(m.path("title").asText()).as(scenario).doesNotEndWith("and continue");
                });
            }
            if (kind.equals("safety-first")) {
                assertThat(report.path("alsoMatched").toString()).as(scenario).doesNotContain("Celebrate", "coaching");
            }
        }
    }

    @Test
    void theDefaultNamesTheFlagInsteadOfSayingNothingPointsAway() throws Exception {
        JsonNode report = report("23-income-default");
        assertThat(report.path("recommendation").path("title").asText()).isEqualTo("Continue the work, with the flag above in mind");
        assertThat(report("17-all-fine").path("recommendation").path("title").asText()).isEqualTo("Continue the work");
    }

    @Test
    void prohibitionsAreMentionedOnlyWhenTheAnswersPointThere() throws Exception {
        for (Arguments arguments : scenarios().toList()) {
            String scenario = ((Expected) arguments.get()[0]).file();
            String text = report(scenario).toString().toLowerCase(java.util.Locale.ROOT);
            boolean advances = List.of("11-advances-persisting", "28-advances-and-threat").contains(scenario);
            assertThat(text.contains("prohibited")).as(scenario).isEqualTo(advances);
        }
    }

    @Test
    void areasThatTieForLowestAreNamedOnceAsEqual() throws Exception {
        JsonNode report = report("flourish-05-tie");
        assertThat(report.toString()).contains("Self-care and Where you work need attention equally right now.")
                .doesNotContain("most needs attention");
        assertThat(report("flourish-02-self-care").toString()).contains("Self-care is the area of your well-being that most needs attention");
    }
}
