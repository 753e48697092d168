package org.attune.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.attune.answers.AnswerValue;
import org.attune.definition.Questionnaire;
import org.attune.definition.QuestionnaireLoader;
import org.attune.diagnostics.InvalidFileException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session loop against a scripted prompter: autosave after every step, quitting, resuming. */
class SessionRunnerTest {
    @TempDir
    Path dir;
    Questionnaire q;
    SessionStore store;

    @BeforeEach
    void setUp() throws Exception {
        q = SessionFixtures.questionnaire();
        store = new SessionStore(dir.resolve("sessions"));
    }

    SessionRunner.Outcome run(ScriptedPrompter prompter, Session session) {
        try (SessionFile file = store.create(session)) {
            return new SessionRunner(prompter, file, () -> "2026-11-22T10:00:00Z").run(session, "");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    Session fresh() {
        return new Session(q, "2026-11-22T09:30:00Z", Map.of(), Optional.empty());
    }

    @Test
    void finishesAfterTheReview() {
        ScriptedPrompter prompter = new ScriptedPrompter()
                .then(SessionFixtures.pick(q, "rested", 4)).then(SessionFixtures.pick(q, "supported", 2)).then(SessionFixtures.yes(false))
                .then(new ReviewChoice.Finish());
        SessionRunner.Outcome outcome = run(prompter, fresh());
        assertThat(outcome.finished()).isTrue();
        assertThat(prompter.screens).containsExactly("welcome", "rested 1/3", "supported 2/3", "talked 3/3", "review 3");
    }

    @Test
    void savesPrivatelyAfterEveryAnswerSoAQuitLosesNothing() throws Exception {
        Session session = fresh();
        ScriptedPrompter prompter = new ScriptedPrompter().then(SessionFixtures.pick(q, "rested", 4)).then(new Action.Quit());
        SessionRunner.Outcome outcome = run(prompter, session);
        assertThat(outcome.finished()).isFalse();
        Path file = outcome.savedTo().orElseThrow();
        assertThat(file.getFileName()).hasToString("three-questions-20261122T093000Z.yaml");
        String saved = Files.readString(file);
        assertThat(saved).contains("rested: 4", "item: supported", "answered: \"1\"", "shown: \"3\"", "updatedAt: 2026-11-22T10:00:00Z");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void skippingARequiredQuestionExplainsWhy() {
        ScriptedPrompter prompter = new ScriptedPrompter().then(new Action.Skip()).then(new Action.Back()).then(new Action.Quit());
        run(prompter, fresh());
        assertThat(prompter.screens).containsExactly("welcome", "rested 1/3",
                "rested 1/3 [This question needs an answer to give you guidance, so it cannot be skipped.]",
                "rested 1/3 [This is the first question.]");
    }

    @Test
    void reviewCanChangeAnAnswer() {
        ScriptedPrompter prompter = new ScriptedPrompter()
                .then(SessionFixtures.pick(q, "rested", 4)).then(SessionFixtures.pick(q, "supported", 2)).then(SessionFixtures.yes(false))
                .then(new ReviewChoice.Change("rested")).then(SessionFixtures.pick(q, "rested", 1)).then(new ReviewChoice.Finish());
        Session session = fresh();
        assertThat(run(prompter, session).finished()).isTrue();
        assertThat(session.answers().values().get("rested").display()).isEqualTo("Not at all");
        assertThat(prompter.questions.get(3).current()).map(AnswerValue::display).contains("Mostly");
        assertThat(prompter.screens).as("back on the review straight after the change")
                .containsExactly("welcome", "rested 1/3", "supported 2/3", "talked 3/3", "review 3", "rested 1/3", "review 3");
    }

    @Test
    void aDeclineIsSavedResumedAndShownOnTheReview() throws Exception {
        Session first = fresh();
        run(new ScriptedPrompter().then(SessionFixtures.pick(q, "rested", 4)).then(new Action.Answered(new AnswerValue.Declined()))
                .then(new Action.Quit()), first);
        SavedSessions.Resumed resumed = SavedSessions.latest(store, q).orElseThrow();
        resumed.file().close();
        assertThat(resumed.session().given()).containsEntry("supported", new AnswerValue.Declined());
        assertThat(resumed.session().current().item().id()).as("a declined question is not asked again").isEqualTo("talked");
        assertThat(resumed.note()).isEqualTo("Welcome back: 2 answers are kept from before.");
        resumed.session().answer(new AnswerValue.YesNo(false));
        assertThat(resumed.session().review()).extracting(ReviewLine::answerText).containsExactly("Mostly", "Prefer not to answer", "No");
    }

    @Test
    void resumesWithEveryEarlierAnswer() throws Exception {
        Session first = fresh();
        run(new ScriptedPrompter().then(SessionFixtures.pick(q, "rested", 4)).then(SessionFixtures.pick(q, "supported", 2))
                .then(new Action.Quit()), first);
        SavedSessions.Resumed resumed = SavedSessions.latest(store, q).orElseThrow();
        resumed.file().close();
        assertThat(resumed.session().given()).isEqualTo(first.given());
        assertThat(resumed.session().current().item().id()).isEqualTo("talked");
        assertThat(resumed.note()).isEqualTo("Welcome back: 2 answers are kept from before.");
        assertThat(SavedSessions.list(store).sessions()).singleElement().satisfies(s -> {
            assertThat(s.questionnaireId()).isEqualTo("three-questions");
            assertThat(s.metadata().answered()).isEqualTo(2);
            assertThat(s.metadata().shown()).isEqualTo(3);
        });
    }

    @Test
    void aChangedQuestionnaireResumesWithANoteOfWhatChanged() throws Exception {
        run(new ScriptedPrompter().then(SessionFixtures.pick(q, "rested", 5)).then(SessionFixtures.pick(q, "supported", 2))
                .then(new Action.Quit()), fresh());
        String changed = Files.readString(SessionFixtures.FILE).replace("version: 1.0.0", "version: 1.1.0")
                .replace("      - {value: 5, label: Completely}\n", "");
        Questionnaire newer = new QuestionnaireLoader().load("three-questions.yaml", changed.getBytes());
        SavedSessions.Resumed resumed = SavedSessions.latest(store, newer).orElseThrow();
        resumed.file().close();
        assertThat(resumed.note()).startsWith("Welcome back: 1 answer is kept from before. The questionnaire has changed since you started "
                + "(version 1.0.0 is now 1.1.0). Your answer to \u201cI felt rested.\u201d no longer fits the changed questions, so you will be asked again.");
        assertThat(resumed.session().given()).containsOnlyKeys("supported");
    }

    @Test
    void aNewMajorVersionRefusesToResume() throws Exception {
        run(new ScriptedPrompter().then(SessionFixtures.pick(q, "rested", 4)).then(new Action.Quit()), fresh());
        Questionnaire next = new QuestionnaireLoader().load("three-questions.yaml",
                Files.readString(SessionFixtures.FILE).replace("version: 1.0.0", "version: 2.0.0").getBytes());
        InvalidFileException refused = catchThrowableOfType(InvalidFileException.class, () -> SavedSessions.latest(store, next));
        assertThat(refused.diagnostics().get(0).message()).contains("saved for version 1.0.0", "now version 2.0.0", "may mean something else");
    }
}
