package org.attune.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.attune.definition.Questionnaire;
import org.attune.definition.QuestionnaireLoader;
import org.attune.diagnostics.Diagnostic;
import org.attune.diagnostics.InvalidFileException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnswersFileReaderTest {
    static Questionnaire questionnaire;

    @BeforeAll
    static void load() throws Exception {
        questionnaire = new QuestionnaireLoader().load("q.yaml", """
                format: 1
                id: check
                version: 2.1.0
                title: Check
                estimatedMinutes: 2
                scales:
                  - id: s
                    options: [{value: 1, label: Low}, {value: 2, label: Middle, key: mid}, {value: 3, label: High}]
                sections:
                  - id: main
                    title: Main
                    items:
                      - {id: level, type: choice, scale: s, text: "How much?"}
                      - {id: safe, type: yesno, text: "Safe?"}
                      - {id: count, type: number, min: 0, max: 10, required: false, text: "How many?"}
                      - {id: why, type: text, required: false, showIf: "answers.safe == 'no'", text: "Why not?"}
                      - {id: kinds, type: multi, required: false, text: "Which?", options: [{value: 1, label: One, key: one}, {value: 1, label: Two, key: two}]}
                      - {id: intro, type: info, text: "Read me"}
                recommendations:
                  - {id: go, kind: continue, default: true, title: Go}
                """.getBytes(StandardCharsets.UTF_8));
    }

    static AnswersFileReader.Result read(String yaml, boolean strict) throws InvalidFileException {
        return new AnswersFileReader().read("a.yaml", yaml.getBytes(StandardCharsets.UTF_8), questionnaire, strict);
    }

    static List<String> problems(String yaml) {
        InvalidFileException e = catchThrowableOfType(InvalidFileException.class, () -> read(yaml, false));
        assertThat(e).as("expected the answers to be invalid").isNotNull();
        return e.diagnostics().stream().map(d -> d.render().substring("a.yaml:".length())).toList();
    }

    private static String takenAt(String when) {
        return "questionnaire: check\nversion: 2.1.0\ntakenAt: '" + when + "'\nanswers: {level: 1, safe: yes}\n";
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-22", "2026-11-22T14:30", "2026-11-22T14:30:00.5", "2026-11-22T14:30:00+01:00",
        "2026-11-22T14:30:00-05:00", "2026-11-22T14:30:00Z", "2026-11-22t14:30:00z", "+12026-11-22"})
    void takenAtIsADateALocalTimeOrATimeWithItsOffset(String when) throws Exception {
        assertThat(read(takenAt(when), false).answers().takenAt()).contains(when);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-01", "2026-02-30", "2026-11-22T25:00", "2026-11-22T14:30:00+25:00", "2026-11-22 14:30",
        "2026-11-22Z", "2026-11-22T", "22.11.2026", "T14:30", "2026-11-22T14:30+"})
    void takenAtThatIsNoDateOrTimeIsAnError(String when) {
        assertThat(problems(takenAt(when))).containsExactly("3:10: takenAt '" + when + "' is not a date or time; write it as 2026-11-22 or 2026-11-22T14:30:00+01:00");
    }

    @Test
    void readsEveryKindOfAnswer() throws Exception {
        Answers answers = read("""
                questionnaire: check
                version: 2.1.0
                takenAt: 2026-11-22T10:15:00+01:00
                respondent: J.K.
                answers:
                  level: mid
                  safe: no
                  count: 4
                  why: "Too far"
                  kinds: [one, Two]
                """, false).answers();
        assertThat(answers.takenAt()).contains("2026-11-22T10:15:00+01:00");
        assertThat(answers.respondent()).contains("J.K.");
        assertThat(answers.values().get("level")).isEqualTo(new AnswerValue.Choice(questionnaire.scales().get(0).options().get(1)));
        assertThat(answers.values().get("safe")).isEqualTo(new AnswerValue.YesNo(false));
        assertThat(answers.values().get("count")).isEqualTo(new AnswerValue.Number(new BigDecimal("4")));
        assertThat(answers.values().get("why")).isEqualTo(new AnswerValue.Text("Too far"));
        assertThat(((AnswerValue.Multi) answers.values().get("kinds")).options()).extracting(o -> o.name()).containsExactly("one", "two");
    }

    @Test
    void choiceByValueKeyOrLabel() throws Exception {
        for (String written : new String[] {"2", "mid", "middle", "Middle"}) {
            Answers answers = read("questionnaire: check\nversion: 2.1.0\nanswers:\n  level: " + written + "\n  safe: yes\n", false).answers();
            assertThat(((AnswerValue.Choice) answers.values().get("level")).option().label()).as(written).isEqualTo("Middle");
        }
    }

    @Test
    void jsonHasTheSameShape() throws Exception {
        Answers answers = read("""
                {"questionnaire": "check", "version": "2.1.0", "answers": {"level": 3, "safe": "yes", "kinds": ["two"]}}
                """, false).answers();
        assertThat(answers.values()).containsKeys("level", "safe", "kinds");
    }

    @Test
    void everyProblemWithItsPlace() {
        assertThat(problems("""
                questionnaire: check
                version: 2.1.0
                takenAt: yesterday
                answers:
                  levl: 2
                  level: 7
                  count: 11
                  kinds: [one, three]
                  intro: read
                """)).containsExactly(
                "3:10: takenAt 'yesterday' is not a date or time; write it as 2026-11-22 or 2026-11-22T14:30:00+01:00",
                "4:1: no answer to required item 'safe' (Safe?); add 'safe:' under answers",
                "5:3: 'levl' is not an item of 'check'; did you mean 'level'?",
                "6:10: the number 7 is not an answer to 'level'; answer one of: 1 (Low), 2 (mid), 3 (High)",
                "7:10: the answer to 'count' is 11, outside the allowed range; answer a number from 0 up to 10",
                "8:16: the text 'three' is not an answer to 'kinds'; answer a list of: 1 (one), 1 (two)",
                "9:10: 'intro' is an information text, which takes no answer; remove it");
    }

    @Test
    void wrongQuestionnaireIsAnError() {
        assertThat(problems("questionnaire: other\nversion: 2.1.0\nanswers: {level: 1, safe: yes}\n")).containsExactly(
                "1:16: these answers are for questionnaire 'other', not 'check'; score them with the questionnaire they were given for");
    }

    @Test
    void versionMismatchWarnsOrFailsWithStrict() throws Exception {
        String yaml = "questionnaire: check\nversion: 2.0.0\nanswers: {level: 1, safe: yes}\n";
        AnswersFileReader.Result result = read(yaml, false);
        assertThat(result.warnings()).extracting(Diagnostic::render).containsExactly(
                "a.yaml:2:10: warning: these answers were given for version 2.0.0 of 'check'; this is version 2.1.0; check the results; items may have changed");
        InvalidFileException strict = catchThrowableOfType(InvalidFileException.class, () -> read(yaml, true));
        assertThat(strict.diagnostics()).extracting(Diagnostic::isError).containsExactly(true);
    }

    @Test
    void answerToAHiddenItemIsDroppedWithAWarning() throws Exception {
        AnswersFileReader.Result result = read("questionnaire: check\nversion: 2.1.0\nanswers:\n  level: 1\n  safe: yes\n  why: because\n", false);
        assertThat(Visibility.shownAnswers(questionnaire, result.answers().values())).doesNotContainKey("why");
        assertThat(result.warnings()).extracting(Diagnostic::render).containsExactly(
                "a.yaml:6:3: warning: the answer to 'why' is ignored: the item is not shown with these answers (showIf: answers.safe == 'no'); "
                        + "remove it, or check the answers it depends on");
    }

    /** Scoring starts from what the reader worked out: the same items and counted answers as working them out again. */
    @ParameterizedTest
    @ValueSource(strings = {"{level: 1, safe: yes, why: because}", "{level: mid, safe: no, why: tired, kinds: [one, two]}", "{level: 3, safe: no}"})
    void whatTheAnswersShowIsWorkedOutOnceAndBelongsToThem(String answers) throws Exception {
        AnswersFileReader.Result result = read("questionnaire: check\nversion: 2.1.0\nanswers: " + answers + "\n", false);
        Visibility.Shown shown = result.shown();
        assertThat(shown.questionnaire()).isSameAs(questionnaire);
        assertThat(shown.given()).isSameAs(result.answers());
        assertThat(shown.answers()).containsExactlyEntriesOf(Visibility.shownAnswers(questionnaire, result.answers().values()));
        assertThat(shown.items()).containsExactlyElementsOf(Visibility.shownItems(questionnaire, result.answers().values()));
    }

    @Test
    void emptyAnswerToARequiredItemIsMissing() {
        assertThat(problems("questionnaire: check\nversion: 2.1.0\nanswers:\n  level:\n  safe: yes\n")).containsExactly(
                "3:1: no answer to required item 'level' (How much?); add 'level:' under answers");
    }

    @Test
    void skippedOptionalItemsAreSimplyAbsent() throws Exception {
        Answers answers = read("questionnaire: check\nversion: 2.1.0\nanswers:\n  level: 1\n  safe: yes\n  count:\n", false).answers();
        assertThat(answers.values()).containsOnlyKeys("level", "safe");
    }
}
