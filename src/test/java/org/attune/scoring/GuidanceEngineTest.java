package org.attune.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.attune.answers.AnswersFileReader;
import org.attune.definition.Questionnaire;
import org.attune.report.ReportWording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GuidanceEngineTest {

    static final String BASE = """
            format: 1
            id: engine
            version: 1.0.0
            title: Engine test
            estimatedMinutes: 1
            scales:
              - id: zero3
                options: [{value: 0, label: never}, {value: 1, label: sometimes}, {value: 2, label: often}, {value: 3, label: always}]
            sections:
              - id: main
                title: Main
                items:
                  - {id: a, type: choice, scale: zero3, required: false, text: "A?"}
                  - {id: b, type: choice, scale: zero3, required: false, reverse: true, text: "B?"}
                  - {id: c, type: choice, scale: zero3, required: false, weight: 3, text: "C?"}
                  - {id: gate, type: yesno, required: false, text: "Gate?"}
                  - {id: hidden, type: choice, scale: zero3, required: false, showIf: "answers.gate == 'yes'", text: "Only after yes"}
                  - {id: note, type: text, required: false, text: "Shared note"}
                  - {id: secret, type: text, required: false, private: true, text: "Private note"}
            scores:
              - {id: ab, title: A and B, method: sum, items: [a, b], bands: [{min: 0, max: 3, label: low}, {min: 4, max: 6, label: high}]}
              - {id: weighted, title: Weighted, method: mean, decimals: 2, items: [a, c]}
              - {id: withhidden, title: With hidden, method: sum, minAnswered: 1, items: [hidden]}
            flags:
              - {id: info_a, severity: info, when: "answers.a == 3", message: "A is always."}
              - {id: urgent_b, severity: urgent, when: "answers.b == 3", recommend: second, message: "B is always. Act now."}
              - {id: caution_c, severity: caution, when: "answers.c == 3", message: "C is always."}
            recommendations:
              - {id: first, kind: consult, priority: 5, when: "answers.a >= 1", title: First written}
              - {id: second, kind: refer, priority: 5, when: "answers.a >= 2", title: Second written}
              - {id: top, kind: end-well, priority: 9, when: "bands.ab == 'high' && scores.ab >= 4", title: Top}
              - {id: missing, kind: consult, priority: 50, when: "scores.withhidden >= 1 || scores.withhidden <= 2", title: Needs hidden score}
              - {id: stay, kind: continue, default: true, title: Stay}
            endingChecklist: [Say goodbye well.]
            """;

    static Guidance score(String answers) throws Exception {
        return Instruments.score(Instruments.loadText(BASE), answers);
    }

    static ScoreResult score(Guidance guidance, String id) {
        return guidance.scores().stream().filter(s -> s.score().id().equals(id)).findFirst().orElseThrow();
    }

    /** Scoring from what the reader worked out gives the same guidance as scoring the answers alone. */
    @ParameterizedTest
    @ValueSource(strings = {"a: 3\nb: 3\nc: 3", "a: 2\ngate: yes\nhidden: 2\nnote: hello", "gate: no\nhidden: 3", "a: 1\nb: 0"})
    void scoringWhatTheReaderShowedIsScoringTheAnswers(String answers) throws Exception {
        Questionnaire q = Instruments.loadText(BASE);
        AnswersFileReader.Result read = Instruments.read(q, answers);
        assertThat(GuidanceEngine.evaluate(read.shown())).isEqualTo(GuidanceEngine.evaluate(q, read.answers()));
    }

    @Test
    void reverseScoringOnAZeroBasedScaleSwapsLowAndHigh() throws Exception {
        assertThat(score(score("a: 0\nb: 3"), "ab").value()).contains(new BigDecimal("0"));   // 0 + (0+3-3)
        assertThat(score(score("a: 0\nb: 0"), "ab").value()).contains(new BigDecimal("3"));   // 0 + (0+3-0)
        assertThat(score(score("a: 2\nb: 1"), "ab").value()).contains(new BigDecimal("4"));   // 2 + 2
    }

    @Test
    void weightedMeanUsesTheWeights() throws Exception {
        // (1 x 1 + 3 x 3) / (1 + 3) = 2.5
        assertThat(score(score("a: 1\nc: 3"), "weighted").value()).contains(new BigDecimal("2.50"));
        // only c answered, but minAnswered defaults to every item: no value
        assertThat(score(score("c: 3"), "weighted").value()).isEmpty();
    }

    @Test
    void tiesInPriorityGoToTheRecommendationWrittenFirst() throws Exception {
        Guidance tie = score("a: 2\nb: 2"); // ab = 3 (low), so only 'first' and 'second' match, both at priority 5
        assertThat(tie.recommendation().recommendation().id()).isEqualTo("first");
        assertThat(tie.alsoMatched()).extracting(m -> m.recommendation().id()).containsExactly("second");
    }

    @Test
    void higherPriorityWins() throws Exception {
        Guidance guidance = score("a: 3\nb: 1"); // ab = 5 (high): 'top' at priority 9 beats 'first' and 'second'
        assertThat(guidance.recommendation().recommendation().id()).isEqualTo("top");
        assertThat(guidance.alsoMatched()).extracting(m -> m.recommendation().id()).containsExactly("first", "second");
    }

    @Test
    void urgentFlagOverridesEveryOtherRule() throws Exception {
        // 'missing' matches at priority 50, but the urgent flag on b forces 'second'
        Guidance guidance = score("a: 3\nb: 3\nc: 3\ngate: yes\nhidden: 1");
        assertThat(guidance.recommendation().recommendation().id()).isEqualTo("second");
        assertThat(guidance.recommendation().forcedBy()).map(f -> f.id()).contains("urgent_b");
        assertThat(guidance.alsoMatched()).extracting(m -> m.recommendation().id()).containsExactly("missing", "first");
        assertThat(guidance.flags()).extracting(f -> f.flag().id()).containsExactly("urgent_b", "caution_c", "info_a");
    }

    @Test
    void missingScoreNeverCountsAsANumber() throws Exception {
        Guidance guidance = score("a: 0\nb: 2\ngate: no");
        assertThat(score(guidance, "withhidden").value()).isEmpty();
        assertThat(guidance.recommendation().recommendation().id()).isEqualTo("stay");
    }

    @Test
    void answersToHiddenItemsAreDroppedFromScoring() throws Exception {
        Questionnaire q = Instruments.loadText(BASE);
        Guidance shown = Instruments.score(q, "gate: yes\nhidden: 2");
        assertThat(score(shown, "withhidden").value()).contains(new BigDecimal("2"));
        assertThat(shown.recommendation().recommendation().id()).isEqualTo("missing");
        Guidance dropped = Instruments.score(q, "gate: no\nhidden: 2");
        assertThat(score(dropped, "withhidden").value()).isEmpty();
    }

    @Test
    void defaultWhenNothingMatches() throws Exception {
        Guidance quiet = score("a: 0\nb: 2");
        assertThat(quiet.recommendation().recommendation().id()).isEqualTo("stay");
        assertThat(quiet.recommendation().reasons()).isEmpty();
        assertThat(quiet.alsoMatched()).isEmpty();
        assertThat(quiet.flags()).isEmpty();
        assertThat(quiet.endingChecklist()).isEmpty();
    }

    @Test
    void endingChecklistComesWithReferAndEndOutcomes() throws Exception {
        assertThat(score("a: 3\nb: 1").endingChecklist()).containsExactly("Say goodbye well."); // end-well
        assertThat(score("a: 1\nb: 2").endingChecklist()).isEmpty(); // consult only
    }

    @Test
    void reasonsNameTheFactsTheConditionRead() throws Exception {
        Guidance guidance = score("a: 3\nb: 1");
        assertThat(guidance.recommendation().reasons()).extracting(ReportWording::fact).containsExactly("A and B is 5 (high: 4 to 6)");
        assertThat(guidance.alsoMatched().get(0).reasons()).extracting(ReportWording::fact)
                .containsExactly("you answered \u201calways\u201d to \u201cA?\u201d");
    }

    static final String WITNESSES = """
            format: 1
            id: witnesses
            version: 1.0.0
            title: Witnesses
            estimatedMinutes: 1
            scales:
              - id: zero3
                options: [{value: 0, label: never}, {value: 1, label: sometimes}, {value: 2, label: often}, {value: 3, label: always}]
            sections:
              - id: main
                title: Main
                items:
                  - {id: a, type: choice, scale: zero3, required: false, text: "A?"}
                  - {id: b, type: choice, scale: zero3, required: false, text: "B?"}
                  - {id: c, type: choice, scale: zero3, required: false, text: "C?"}
            flags:
              - {id: any, severity: caution, when: "answers.a >= 2 || answers.b >= 2 || answers.c >= 2", message: "Any is high."}
              - {id: quiet_c, severity: info, when: "!(answers.c >= 1)", message: "C is not raised."}
            recommendations:
              - {id: talk, kind: consult, when: "flags.any && answers.a < 2", title: Talk}
              - {id: stay, kind: continue, default: true, title: Stay}
            """;

    @Test
    void reasonsNameOnlyTheFactsThatDecided() throws Exception {
        Guidance guidance = Instruments.score(Instruments.loadText(WITNESSES), "a: 0\nb: 3\nc: 0");
        assertThat(guidance.flags()).extracting(f -> f.flag().id()).containsExactly("any", "quiet_c");
        assertThat(guidance.flags().get(0).reasons()).extracting(ReportWording::fact)
                .containsExactly("you answered \u201calways\u201d to \u201cB?\u201d");
        assertThat(guidance.recommendation().reasons()).extracting(Reason::name).containsExactly("flags.any", "answers.a");
    }

    @Test
    void anUnansweredItemThatDecidedIsNamedAsUnanswered() throws Exception {
        Guidance guidance = Instruments.score(Instruments.loadText(WITNESSES), "a: 0\nb: 3");
        assertThat(guidance.flags().get(1).reasons()).extracting(ReportWording::fact)
                .containsExactly("you did not answer \u201cC?\u201d");
    }

    @Test
    void forcedRecommendationsRankBySeverityThenPriorityNotByTheOrderFlagsAreWritten() throws Exception {
        Questionnaire q = Instruments.loadText(WITNESSES.replace("""
            flags:
              - {id: any, severity: caution, when: "answers.a >= 2 || answers.b >= 2 || answers.c >= 2", message: "Any is high."}
              - {id: quiet_c, severity: info, when: "!(answers.c >= 1)", message: "C is not raised."}
            recommendations:
            """, """
            flags:
              - {id: note, severity: info, when: "answers.a >= 1", recommend: low-note, message: "Note."}
              - {id: mild, severity: caution, when: "answers.b >= 1", recommend: mild-low, message: "Mild."}
              - {id: mild_high, severity: caution, when: "answers.b >= 2", recommend: mild-high, message: "Mild, higher priority."}
              - {id: alarm, severity: urgent, when: "answers.c >= 1", recommend: alarm-first, message: "Alarm."}
            recommendations:
              - {id: low-note, kind: consult, priority: 90, when: "flags.note", title: Note}
              - {id: mild-low, kind: consult, priority: 10, when: "flags.mild", title: Mild low}
              - {id: mild-high, kind: consult, priority: 50, when: "flags.mild_high", title: Mild high}
              - {id: alarm-first, kind: safety-first, priority: 1, when: "flags.alarm", title: Alarm}
            """).replace("  - {id: talk, kind: consult, when: \"flags.any && answers.a < 2\", title: Talk}\n", ""));
        Guidance guidance = Instruments.score(q, "a: 3\nb: 3\nc: 3");
        assertThat(guidance.recommendation().recommendation().id()).isEqualTo("alarm-first");
        assertThat(guidance.alsoMatched()).extracting(m -> m.recommendation().id()).containsExactly("mild-high", "mild-low", "low-note");
    }

    static final String COHERENCE = """
            format: 1
            id: coherence
            version: 1.0.0
            title: Coherence
            estimatedMinutes: 1
            sections:
              - id: main
                title: Main
                items:
                  - {id: threat, type: yesno, text: "Threat?"}
                  - {id: goals, type: yesno, text: "Goals met?"}
                  - {id: stuck, type: yesno, text: "Stuck?"}
                  - {id: income, type: yesno, text: "Income pull?"}
            flags:
              - id: threat
                severity: urgent
                when: "answers.threat == 'yes'"
                recommend: safety
                message: Consult today.
                rulesOut: {recommendations: [celebrate], kinds: [coaching]}
              - {id: income, severity: caution, when: "answers.income == 'yes'", message: "Income pulls you."}
            recommendations:
              - {id: safety, kind: safety-first, when: "flags.threat", title: Safety first}
              - {id: celebrate, kind: end-well, priority: 20, when: "answers.goals == 'yes'", title: Celebrate}
              - id: refer-stuck
                kind: refer
                priority: 30
                when: "answers.stuck == 'yes'"
                title: Consult, then consider referring
                rulesOut: {kinds: [continue]}
              - {id: keep-stuck, kind: continue, priority: 10, when: "answers.stuck == 'yes'", title: Try another approach and continue}
              - id: stay
                kind: continue
                default: true
                title: Continue
                reasons: [Nothing you answered points away from continuing.]
                ifFlagged:
                  title: Continue, with the flag above in mind
                  reasons: [Nothing else you answered points away from continuing; the flag above still needs your attention.]
            """;

    @Test
    void whatAFiredFlagRulesOutNeverReachesTheReport() throws Exception {
        Guidance guidance = Instruments.score(Instruments.loadText(COHERENCE), "threat: 'yes'\ngoals: 'yes'\nstuck: 'no'\nincome: 'no'");
        assertThat(guidance.recommendation().recommendation().id()).isEqualTo("safety");
        assertThat(guidance.alsoMatched()).isEmpty();
        assertThat(guidance.endingChecklist()).as("no ending checklist from a ruled-out ending").isEmpty();
    }

    @Test
    void theChosenRecommendationRulesOutWhatWouldContradictIt() throws Exception {
        Guidance guidance = Instruments.score(Instruments.loadText(COHERENCE), "threat: 'no'\ngoals: 'yes'\nstuck: 'yes'\nincome: 'no'");
        assertThat(guidance.recommendation().recommendation().id()).isEqualTo("refer-stuck");
        assertThat(guidance.alsoMatched()).extracting(m -> m.recommendation().id()).containsExactly("celebrate");
    }

    @Test
    void theDefaultSpeaksDifferentlyWhenAFlagFired() throws Exception {
        Questionnaire q = Instruments.loadText(COHERENCE);
        Guidance quiet = Instruments.score(q, "threat: 'no'\ngoals: 'no'\nstuck: 'no'\nincome: 'no'");
        assertThat(quiet.recommendation().recommendation().title()).isEqualTo("Continue");
        Guidance flagged = Instruments.score(q, "threat: 'no'\ngoals: 'no'\nstuck: 'no'\nincome: 'yes'");
        assertThat(flagged.recommendation().recommendation().title()).isEqualTo("Continue, with the flag above in mind");
        assertThat(flagged.recommendation().recommendation().reasons()).containsExactly(
                "Nothing else you answered points away from continuing; the flag above still needs your attention.");
    }

    @Test
    void privateTextNeverReachesTheReport() throws Exception {
        Guidance guidance = score("a: 0\nb: 2\nnote: shared thought\nsecret: private thought");
        assertThat(guidance.freeText()).extracting(FreeTextAnswer::answer).containsExactly("shared thought");
    }
}
