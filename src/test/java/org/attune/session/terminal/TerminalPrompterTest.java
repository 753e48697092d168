package org.attune.session.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.attune.answers.AnswerValue;
import org.attune.definition.Questionnaire;
import org.attune.definition.QuestionnaireLoader;
import org.attune.session.Action;
import org.attune.session.Question;
import org.attune.session.ReviewChoice;
import org.attune.session.Session;
import org.jline.terminal.Attributes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The full-screen prompter on a virtual terminal fed key sequences, asserting what is drawn. */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TerminalPrompterTest {
    static final String QUESTIONNAIRE = """
            format: 1
            id: keys
            version: 1.0.0
            title: Keys
            estimatedMinutes: 1
            scales:
              - id: five
                options: [{value: 1, label: One}, {value: 2, label: Two}, {value: 3, label: Three}, {value: 4, label: Four}, {value: 5, label: Five}]
            sections:
              - id: main
                title: Main part
                intro: "An unsure answer here is taken seriously."
                items:
                  - {id: level, type: choice, scale: five, declinable: true, text: "How much?", help: "Think of this week."}
                  - {id: ok, type: yesno, text: "All right?"}
                  - {id: count, type: number, min: 0, max: 10, declinable: true, text: "How many?"}
                  - {id: kinds, type: multi, text: "Which?", options: [{value: 1, label: Red}, {value: 1, label: Blue}, {value: 1, label: Green}]}
                  - {id: note, type: text, required: false, text: "Anything else?"}
                  - {id: initials, type: text, required: false, maxLength: 5, text: "Initials?"}
            recommendations:
              - {id: go, kind: continue, default: true, title: Go}
            """;
    Questionnaire q;
    VirtualTerminal vt;
    TerminalPrompter prompter;
    Attributes before;

    @BeforeEach
    void open() throws Exception {
        q = new QuestionnaireLoader().load("keys.yaml", QUESTIONNAIRE.getBytes());
        vt = new VirtualTerminal(80, 24);
        before = vt.terminal.getAttributes();
        prompter = new TerminalPrompter(vt.terminal, false, true);
    }

    @AfterEach
    void close() throws Exception {
        prompter.close();
        vt.close();
    }

    Question question(String itemId, Map<String, AnswerValue> answers) {
        Session session = new Session(q, "t", answers, Optional.of(new org.attune.session.Position.AtItem(itemId)));
        return session.current();
    }

    @Test
    void arrowsMoveAndEnterConfirms() throws Exception {
        vt.type(VirtualTerminal.ENTER);
        assertThat(prompter.welcome(q, "")).isTrue();
        assertThat(vt.text()).contains("About 1 minute, up to 6 questions.", "Enter begin");
        vt.type(VirtualTerminal.DOWN, VirtualTerminal.DOWN, VirtualTerminal.ENTER);
        Action action = prompter.ask(question("level", Map.of()));
        assertThat(action).isEqualTo(new Action.Answered(new AnswerValue.Choice(q.scales().get(0).options().get(2))));
        assertThat(vt.text()).contains("Keys \u00b7 Main part", "Question 1 of 6", "How much?", "\u276f 1  One", "\u276f 3  Three",
                "up/down move \u00b7 1-5 pick \u00b7 Enter confirm");
    }

    @Test
    void aDigitPicksDirectlyAndKAndJMove() throws Exception {
        vt.type("4");
        assertThat(prompter.ask(question("level", Map.of()))).isEqualTo(new Action.Answered(new AnswerValue.Choice(q.scales().get(0).options().get(3))));
        vt.type("j", "j", "k", VirtualTerminal.ENTER);
        assertThat(prompter.ask(question("level", Map.of()))).isEqualTo(new Action.Answered(new AnswerValue.Choice(q.scales().get(0).options().get(1))));
    }

    @Test
    void theEarlierAnswerIsPreselected() throws Exception {
        vt.type(VirtualTerminal.ENTER);
        AnswerValue four = new AnswerValue.Choice(q.scales().get(0).options().get(3));
        assertThat(prompter.ask(question("level", Map.of("level", four)))).isEqualTo(new Action.Answered(four));
        assertThat(vt.text()).contains("\u276f 4  Four");
    }

    @Test
    void helpBackSkipAndQuit() throws Exception {
        vt.type("?", VirtualTerminal.LEFT);
        assertThat(prompter.ask(question("level", Map.of()))).isEqualTo(new Action.Back());
        assertThat(vt.text()).contains("Think of this week.");
        vt.type("s");
        assertThat(prompter.ask(question("level", Map.of()))).isEqualTo(new Action.Skip());
        vt.type(VirtualTerminal.CTRL_C);
        assertThat(prompter.ask(question("level", Map.of()))).isEqualTo(new Action.Quit());
        vt.type("q");
        assertThat(prompter.ask(question("level", Map.of()))).isEqualTo(new Action.Quit());
    }

    @Test
    void dIsPreferNotToAnswerWhereTheQuestionOffersIt() throws Exception {
        vt.type("d");
        assertThat(prompter.ask(question("level", Map.of()))).isEqualTo(new Action.Answered(new AnswerValue.Declined()));
        assertThat(vt.text()).contains("  d  Prefer not to answer", "d prefer not to answer");
        vt.type("d");
        assertThat(prompter.ask(question("count", Map.of()))).as("d is never part of a number").isEqualTo(new Action.Answered(new AnswerValue.Declined()));
        vt.type("d", "y");
        assertThat(prompter.ask(question("ok", Map.of()))).isEqualTo(new Action.Answered(new AnswerValue.YesNo(true)));
        assertThat(vt.text()).contains("Type y or n, or pick with the arrows and Enter.");
    }

    @Test
    void anEarlierDeclineIsShownAndKeptByEnterUntilAnotherKey() throws Exception {
        Map<String, AnswerValue> declined = Map.of("level", new AnswerValue.Declined(), "count", new AnswerValue.Declined());
        vt.type(VirtualTerminal.ENTER);
        assertThat(prompter.ask(question("level", declined))).isEqualTo(new Action.Answered(new AnswerValue.Declined()));
        assertThat(vt.text()).contains("\u276f d  Prefer not to answer", "  1  One").doesNotContain("\u276f 1  One");
        vt.type(VirtualTerminal.ENTER);
        assertThat(prompter.ask(question("count", declined))).as("not a skip").isEqualTo(new Action.Answered(new AnswerValue.Declined()));
        vt.type(VirtualTerminal.DOWN, VirtualTerminal.ENTER);
        assertThat(prompter.ask(question("level", declined))).as("down from the decline wraps to the first option")
                .isEqualTo(new Action.Answered(new AnswerValue.Choice(q.scales().get(0).options().get(0))));
        vt.type(VirtualTerminal.UP, VirtualTerminal.ENTER);
        assertThat(prompter.ask(question("level", declined))).as("up from the decline is the last option")
                .isEqualTo(new Action.Answered(new AnswerValue.Choice(q.scales().get(0).options().get(4))));
    }

    @Test
    void yesAndNoByLetter() throws Exception {
        vt.type("n");
        assertThat(prompter.ask(question("ok", Map.of()))).isEqualTo(new Action.Answered(new AnswerValue.YesNo(false)));
    }

    @Test
    void numbersAreCheckedInline() throws Exception {
        vt.type("1", "2", VirtualTerminal.ENTER, "\u007f", "\u007f", "7", VirtualTerminal.ENTER);
        Action action = prompter.ask(question("count", Map.of()));
        assertThat(action).isEqualTo(new Action.Answered(new AnswerValue.Number(new java.math.BigDecimal("7"))));
        assertThat(vt.text()).contains("12 is outside the range; type a number from 0 to 10.");
    }

    @Test
    void spaceTogglesAMultipleChoice() throws Exception {
        vt.type(" ", VirtualTerminal.DOWN, VirtualTerminal.DOWN, " ", "2", VirtualTerminal.ENTER);
        Action action = prompter.ask(question("kinds", Map.of()));
        assertThat(((AnswerValue.Multi) ((Action.Answered) action).value()).display()).isEqualTo("Red, Blue, Green");
    }

    @Test
    void textGoesThroughTheLineEditorWhereLettersAreText() throws Exception {
        vt.type("b", "q", "s", "\u001bOD", "x", VirtualTerminal.ENTER); // the left arrow as a terminal in keypad mode sends it
        assertThat(prompter.ask(question("note", Map.of()))).isEqualTo(new Action.Answered(new AnswerValue.Text("bqxs")));
        vt.type(VirtualTerminal.ENTER);
        assertThat(prompter.ask(question("note", Map.of()))).as("empty Enter skips an optional text").isEqualTo(new Action.Skip());
        vt.type("\u0002");
        assertThat(prompter.ask(question("note", Map.of()))).as("Ctrl-B goes back").isEqualTo(new Action.Back());
        vt.type(VirtualTerminal.CTRL_C);
        assertThat(prompter.ask(question("note", Map.of()))).isEqualTo(new Action.Quit());
    }

    @Test
    void earlierTextIsThereToEdit() throws Exception {
        vt.type("!", VirtualTerminal.ENTER);
        assertThat(prompter.ask(question("note", Map.of("note", new AnswerValue.Text("Fine"))))).isEqualTo(new Action.Answered(new AnswerValue.Text("Fine!")));
    }

    @Test
    void reviewPicksALineToChangeOrFinishes() throws Exception {
        Session session = new Session(q, "t", Map.of("level", new AnswerValue.Choice(q.scales().get(0).options().get(0))), Optional.of(new org.attune.session.Position.AtItem("level")));
        vt.type(VirtualTerminal.DOWN, VirtualTerminal.ENTER);
        assertThat(prompter.review(q, session.review())).isEqualTo(new ReviewChoice.Change("level"));
        assertThat(vt.text()).contains("Finish and see the report", "1. How much? \u00b7 One", "2. All right? \u00b7 (skipped)");
        vt.type(VirtualTerminal.ENTER);
        assertThat(prompter.review(q, session.review())).isEqualTo(new ReviewChoice.Finish());
    }

    @Test
    void aNarrowTerminalWrapsEveryLine() throws Exception {
        vt.terminal.setSize(org.jline.terminal.Size.of(30, 20));
        vt.type(VirtualTerminal.ENTER);
        prompter.ask(question("level", Map.of()));
        assertThat(vt.text()).contains("up/down move \u00b7 1-5 pick");
    }

    @Test
    void aShortScreenKeepsTheSelectedOptionAndTheKeysInView() throws Exception {
        vt.terminal.setSize(org.jline.terminal.Size.of(40, 9));
        vt.type("q");
        AnswerValue five = new AnswerValue.Choice(q.scales().get(0).options().get(4));
        prompter.ask(question("level", Map.of("level", five)));
        assertThat(vt.text()).contains("\u276f 5  Five", "q save and stop").doesNotContain("1  One");
    }

    @Test
    void aTerminalTooSmallAsksToBeEnlargedAndStillTakesKeys() throws Exception {
        vt.terminal.setSize(org.jline.terminal.Size.of(15, 5));
        vt.type("q");
        assertThat(prompter.ask(question("level", Map.of()))).isEqualTo(new Action.Quit());
        assertThat(vt.text()).contains("Please make this").doesNotContain("How much?");
    }

    @Test
    void theFirstScreenIsDrawnFromTheTopLeftWhereverTheShellsCursorWas() throws Exception {
        vt.type(VirtualTerminal.ENTER);
        prompter.welcome(q, "");
        String raw = vt.raw();
        int alternate = raw.indexOf("\u001b[?1049h");
        int home = raw.indexOf("\u001b[H\u001b[2J", alternate);
        assertThat(alternate).isNotNegative();
        assertThat(home).as("the screen is cleared and the cursor homed after entering the alternate screen").isGreaterThan(alternate);
        assertThat(raw.indexOf("Keys", home)).isGreaterThan(home);
    }

    @Test
    void aSectionIntroIsShownWithItsFirstQuestion() throws Exception {
        vt.type("4", "y");
        prompter.ask(question("level", Map.of()));
        assertThat(vt.text()).contains("An unsure answer here is taken seriously.");
        vt.clear();
        prompter.ask(question("ok", Map.of()));
        assertThat(vt.text()).as("only once per section").doesNotContain("An unsure answer");
    }

    @Test
    void arrowsMoveInsideATypedNumberAndLeftOnAnEmptyFieldGoesBack() throws Exception {
        vt.type("1", "0", VirtualTerminal.LEFT, VirtualTerminal.LEFT, RIGHT, "\u007f", VirtualTerminal.ENTER);
        assertThat(prompter.ask(question("count", Map.of()))).isEqualTo(new Action.Answered(new AnswerValue.Number(new java.math.BigDecimal("0"))));
        vt.type(VirtualTerminal.LEFT);
        assertThat(prompter.ask(question("count", Map.of()))).as("left in an empty field").isEqualTo(new Action.Back());
        vt.type("3", "\u0002");
        assertThat(prompter.ask(question("count", Map.of()))).as("Ctrl-B with text typed").isEqualTo(new Action.Back());
    }

    @Test
    void anOverLongTextStaysForEditingWithAMessage() throws Exception {
        vt.type("abcdefg", VirtualTerminal.ENTER, "\u007f", "\u007f", VirtualTerminal.ENTER);
        assertThat(prompter.ask(question("initials", Map.of()))).isEqualTo(new Action.Answered(new AnswerValue.Text("abcde")));
        assertThat(vt.text()).contains("That is longer than 5 characters; please shorten it.");
    }

    @Test
    void aKeyThatDoesNothingShowsAHint() throws Exception {
        vt.type("x", "q");
        assertThat(prompter.ask(question("level", Map.of()))).isEqualTo(new Action.Quit());
        assertThat(vt.text()).contains("Type 1-5, or pick with the arrows and Enter.");
        vt.type("x", "n");
        prompter.ask(question("ok", Map.of()));
        assertThat(vt.text()).contains("Type y or n, or pick with the arrows and Enter.");
    }

    @Test
    void theReviewJumpsByNumberAndPageKeysAndKeepsItsKeyLineOnScreen() throws Exception {
        Questionnaire many = manyQuestions(30);
        Session session = new Session(many, "t", Map.of(), Optional.empty());
        vt.type("2", "7", VirtualTerminal.ENTER);
        assertThat(prompter.review(many, session.review())).isEqualTo(new ReviewChoice.Change("q27"));
        assertThat(vt.text()).contains("27. Question 27?", "f finish", "q save and stop");
        vt.type(END, VirtualTerminal.ENTER);
        assertThat(prompter.review(many, session.review())).isEqualTo(new ReviewChoice.Change("q30"));
        vt.type(PAGE_DOWN, PAGE_UP, VirtualTerminal.ENTER);
        assertThat(prompter.review(many, session.review())).as("PgDn then PgUp is back on Finish").isEqualTo(new ReviewChoice.Finish());
        vt.type(END, HOME, VirtualTerminal.ENTER);
        assertThat(prompter.review(many, session.review())).isEqualTo(new ReviewChoice.Finish());
    }

    @Test
    void theFinishedReportScrollsInTheFullScreenView() throws Exception {
        java.util.List<String> report = new java.util.ArrayList<>(java.util.List.of("\u256d\u2500 URGENT \u2500\u256e", "\u2502 Call today \u2502"));
        for (int i = 3; i <= 100; i++) {
            report.add("report line " + i);
        }
        vt.type(PAGE_DOWN, END, "q");
        prompter.showReport(width -> report);
        assertThat(vt.text()).contains("report line 22", "Your report (line 1 of 100)", "q or Enter close", "Your report (line 22 of 100)",
                "report line 100", "Your report (the end)");
        assertThat(vt.raw()).as("box-drawing lines are written as themselves, not in the alternate character set")
                .contains("\u256d\u2500 URGENT \u2500\u256e", "\u2502 Call today \u2502").doesNotContain("\u001b(0");
    }

    static final String RIGHT = "\u001b[C";
    static final String PAGE_UP = "\u001b[5~";
    static final String PAGE_DOWN = "\u001b[6~";
    static final String HOME = "\u001b[H";
    static final String END = "\u001b[F";

    static Questionnaire manyQuestions(int count) throws Exception {
        StringBuilder yaml = new StringBuilder("""
                format: 1
                id: many
                version: 1.0.0
                title: Many
                estimatedMinutes: 5
                sections:
                  - id: main
                    title: Main
                    items:
                """);
        for (int i = 1; i <= count; i++) {
            yaml.append("      - {id: q").append(i).append(", type: yesno, text: \"Question ").append(i).append("?\"}\n");
        }
        yaml.append("recommendations:\n  - {id: go, kind: continue, default: true, title: Go}\n");
        return new QuestionnaireLoader().load("many.yaml", yaml.toString().getBytes());
    }

    @Test
    void closingGivesTheTerminalBack() throws Exception {
        prompter.close();
        assertThat(vt.raw()).contains("\u001b[?1049h").contains("\u001b[?25l").contains("\u001b[?1049l").containsPattern("\u001b\\[\\?(12;)?25h");
        assertThat(vt.terminal.getAttributes().getLocalFlags()).isEqualTo(before.getLocalFlags());
        prompter.close(); // twice is harmless
    }

    @Test
    void atExitTheScreenIsLeftEvenWhenTheTerminalWasClosedFirst() throws Exception {
        vt.terminal.close(); // as the terminal library's own shutdown hook may do, before attune's
        ByteArrayOutputStream straight = new ByteArrayOutputStream();
        prompter.closeAtExit(straight);
        assertThat(straight.toString(StandardCharsets.UTF_8)).contains("\u001b[?1049l").containsPattern("\u001b\\[\\?(12;)?25h");
    }
}
