package org.attune.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.attune.definition.Questionnaire;
import org.attune.report.ReportWording;
import org.junit.jupiter.api.Test;

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
              - {id: missing, kind: consult, priority: 50, when: "scores.withhidden >= 0 || scores.withhidden < 100", title: Needs hidden score}
              - {id: stay, kind: continue, default: true, title: Stay}
            endingChecklist: [Say goodbye well.]
            """;

    static Guidance score(String answers) throws Exception {
        return Instruments.score(Instruments.loadText(BASE), answers);
    }

    static ScoreResult score(Guidance guidance, String id) {
        return guidance.scores().stream().filter(s -> s.score().id().equals(id)).findFirst().orElseThrow();
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

    @Test
    void privateTextNeverReachesTheReport() throws Exception {
        Guidance guidance = score("a: 0\nb: 2\nnote: shared thought\nsecret: private thought");
        assertThat(guidance.freeText()).extracting(FreeTextAnswer::answer).containsExactly("shared thought");
    }
}
