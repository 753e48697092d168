package org.attune.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.attune.definition.Item;
import org.attune.definition.Questionnaire;
import org.attune.definition.QuestionnaireLoader;
import org.attune.diagnostics.InvalidFileException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "Prefer not to answer": declared per section or item, written as a {@code declined} list, read back the same. */
class DeclinedAnswersFileTest {
    static Questionnaire questionnaire;

    @BeforeAll
    static void load() throws Exception {
        questionnaire = new QuestionnaireLoader().load("q.yaml", """
                format: 1
                id: check
                version: 1.0.0
                title: Check
                estimatedMinutes: 2
                scales:
                  - id: s
                    options: [{value: 1, label: Low}, {value: 2, label: High}]
                sections:
                  - id: personal
                    title: Personal
                    declinable: true
                    items:
                      - {id: mood, type: choice, scale: s, text: "Mood?"}
                      - {id: sleep, type: number, min: 0, max: 24, text: "Hours of sleep?"}
                      - {id: kept, type: yesno, declinable: false, text: "Kept appointments?"}
                      - {id: note, type: text, text: "Anything else?"}
                  - id: safety
                    title: Safety
                    items:
                      - {id: safe, type: yesno, text: "Safe?"}
                      - {id: extra, type: choice, scale: s, declinable: true, text: "Extra?"}
                recommendations:
                  - {id: go, kind: continue, default: true, title: Go}
                """.getBytes(StandardCharsets.UTF_8));
    }

    static AnswersFileReader.Result read(String body) throws InvalidFileException {
        String yaml = "questionnaire: check\nversion: 1.0.0\n" + body;
        return new AnswersFileReader().read("a.yaml", yaml.getBytes(StandardCharsets.UTF_8), questionnaire, false);
    }

    static List<String> problems(String body) {
        InvalidFileException e = catchThrowableOfType(InvalidFileException.class, () -> read(body));
        assertThat(e).as("expected the answers to be invalid").isNotNull();
        return e.diagnostics().stream().map(d -> d.render().substring("a.yaml:".length())).toList();
    }

    private static boolean declinable(String id) {
        return questionnaire.item(id).map(Item::common).orElseThrow().declinable();
    }

    @Test
    void aSectionOffersItToItsQuestionsExceptFreeTextAndAnItemMayOptOutOrIn() {
        assertThat(declinable("mood")).isTrue();
        assertThat(declinable("sleep")).isTrue();
        assertThat(declinable("kept")).as("declinable: false on the item").isFalse();
        assertThat(declinable("note")).as("free text is left empty instead").isFalse();
        assertThat(declinable("safe")).as("a section without declinable").isFalse();
        assertThat(declinable("extra")).as("declinable: true on the item").isTrue();
    }

    @Test
    void aDeclinedRequiredItemIsARecordedResponseNotAMissingAnswer() throws Exception {
        Answers answers = read("answers:\n  kept: yes\n  safe: no\n  extra: 1\ndeclined: [mood, sleep]\n").answers();
        assertThat(answers.get("mood")).containsInstanceOf(AnswerValue.Declined.class);
        assertThat(answers.declined()).containsExactly("mood", "sleep");
    }

    @Test
    void writtenAndReadBackTheSame() throws Exception {
        Answers answers = read("answers:\n  kept: yes\n  safe: no\ndeclined: [mood, sleep, extra]\n").answers();
        String written = AnswersFileWriter.write(answers, Map.of());
        assertThat(written).contains("declined:\n- mood\n- sleep\n- extra\n").doesNotContain("mood: ");
        Answers again = new AnswersFileReader().read("b.yaml", written.getBytes(StandardCharsets.UTF_8), questionnaire, false).answers();
        assertThat(again.values()).isEqualTo(answers.values());
    }

    @Test
    void anItemThatDoesNotOfferItCannotBeDeclined() {
        assertThat(problems("answers:\n  mood: 1\n  sleep: 7\n  extra: 2\ndeclined: [kept, safe]\n")).containsExactly(
                "7:12: 'kept' does not offer \"prefer not to answer\"; answer it under 'answers'",
                "7:18: 'safe' does not offer \"prefer not to answer\"; answer it under 'answers'");
    }

    @Test
    void anItemIsAnsweredOrDeclinedNotBoth() {
        assertThat(problems("answers:\n  mood: 1\n  sleep: 7\n  kept: yes\n  safe: no\n  extra: 2\ndeclined:\n  - mood\n")).containsExactly(
                "10:5: 'mood' is both answered and declined; keep the answer under 'answers' or the entry in 'declined', not both");
    }

    @Test
    void anUnknownIdIsPlacedAndASpellingSuggested() {
        assertThat(problems("answers:\n  sleep: 7\n  kept: yes\n  safe: no\n  extra: 2\ndeclined: [moood]\n"))
                .containsExactly("3:1: no answer to required item 'mood' (Mood?); add 'mood:' under answers, or list it under 'declined'",
                        "8:12: 'moood' in 'declined' is not an item of 'check'; did you mean 'mood'?");
    }

    @Test
    void entriesAreItemIds() {
        assertThat(problems("answers:\n  mood: 1\n  sleep: 7\n  kept: yes\n  safe: no\n  extra: 2\ndeclined: [{mood: 1}]\n"))
                .singleElement().asString().startsWith("9:12: each entry of 'declined' must be an item id, not a mapping");
    }

    @Test
    void partWayThroughASessionADeclineTheQuestionnaireNoLongerOffersIsAskedAgain() throws Exception {
        String yaml = "questionnaire: check\nversion: 1.0.0\nanswers:\n  mood: 1\ndeclined: [kept]\n";
        Answers answers = new AnswersFileReader().readPartial("s.yaml", yaml.getBytes(StandardCharsets.UTF_8), questionnaire).answers();
        assertThat(answers.values()).containsOnlyKeys("mood");
    }
}
