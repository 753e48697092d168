package org.attune.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.attune.answers.AnswerValue;
import org.attune.definition.Questionnaire;
import org.attune.definition.QuestionnaireLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Session files: nothing saved before an answer, a name of their own, a lock while answered, bad files skipped. */
class SavedSessionFilesTest {
    @TempDir
    Path dir;
    Questionnaire q;
    SessionStore store;

    @BeforeEach
    void setUp() throws Exception {
        q = SessionFixtures.questionnaire();
        store = new SessionStore(dir.resolve("sessions"));
    }

    Session fresh() {
        return new Session(q, "2026-11-22T09:30:00Z", Map.of(), Optional.empty());
    }

    /** Answers the first question (or none) and stops, leaving the file unlocked. */
    Path saveWith(Session session, int rested) throws Exception {
        ScriptedPrompter prompter = new ScriptedPrompter();
        if (rested > 0) {
            prompter.then(SessionFixtures.pick(q, "rested", rested));
        }
        try (SessionFile file = store.create(session)) {
            return new SessionRunner(prompter.then(new Action.Quit()), file, () -> "2026-11-22T10:00:00Z").run(session, "").savedTo().orElseThrow();
        }
    }

    @Test
    void leavingAtTheTitleScreenSavesNothing() throws Exception {
        ScriptedPrompter prompter = new ScriptedPrompter();
        prompter.leaveAtWelcome = true;
        try (SessionFile file = store.create(fresh())) {
            assertThat(new SessionRunner(prompter, file, () -> "t").run(fresh(), "").savedTo()).isEmpty();
        }
        assertThat(store.files()).isEmpty();
    }

    @Test
    void sessionsStartedInTheSameSecondKeepTheirOwnFiles() throws Exception {
        Session first = fresh();
        Session second = fresh();
        Path one = saveWith(first, 2);
        Path two = saveWith(second, 5);
        assertThat(one).isNotEqualTo(two);
        assertThat(two.getFileName()).hasToString("three-questions-20261122T093000Z-2.yaml");
        assertThat(Files.readString(one)).contains("rested: 2");
        assertThat(Files.readString(two)).contains("rested: 5");
        SavedSessions.Resumed resumed = SavedSessions.resume(store, one, q);
        resumed.file().delete();
        resumed.file().close();
        assertThat(two).exists();
        assertThat(one).doesNotExist();
    }

    @Test
    void aSessionBeingAnsweredCannotBeOpenedTwice() throws Exception {
        Path file = saveWith(fresh(), 3);
        SavedSessions.Resumed resumed = SavedSessions.resume(store, file, q);
        assertThatThrownBy(() -> SavedSessions.resume(store, file, q)).isInstanceOf(SessionInUseException.class)
                .hasMessageContaining("open in another attune window");
        assertThatThrownBy(() -> store.discard(file)).isInstanceOf(SessionInUseException.class);
        resumed.file().close();
        SavedSessions.resume(store, file, q).file().close();
    }

    @Test
    void resumeNeverPicksASessionWithoutAnswers() throws Exception {
        saveWith(fresh(), 4);
        Thread.sleep(20);
        Path empty = saveWith(new Session(q, "2026-11-22T11:00:00Z", Map.of(), Optional.empty()), 0);
        empty.toFile().setLastModified(System.currentTimeMillis() + 5000);
        SavedSessions.Resumed resumed = SavedSessions.latest(store, q).orElseThrow();
        resumed.file().close();
        assertThat(resumed.session().given()).containsKey("rested");
    }

    @Test
    void aDiscardedSessionIsGone() throws Exception {
        Path file = saveWith(fresh(), 4);
        store.discard(file);
        assertThat(file).doesNotExist();
        assertThat(SavedSessions.list(store).sessions()).isEmpty();
    }

    @Test
    void thePseudonymIsTheLabelOfTheSessionAndItsAnswers() throws Exception {
        Questionnaire named = new QuestionnaireLoader().load("named.yaml", Files.readString(SessionFixtures.FILE)
                .replace("id: who", "id: pseudonym").replace("showIf: \"answers.talked == 'yes'\", ", "").getBytes());
        Session session = new Session(named, "2026-11-22T09:30:00Z", Map.of("pseudonym", new AnswerValue.Text("R.\u001b]0;x\u0007 " + "a".repeat(80))),
                Optional.empty());
        assertThat(session.answers().respondent()).hasValueSatisfying(label -> {
            assertThat(label).startsWith("R. ]0;x a").doesNotContain("\u001b").hasSizeLessThanOrEqualTo(60);
        });
        try (SessionFile file = store.create(session)) {
            file.save(session, "t");
        }
        assertThat(SavedSessions.list(store).sessions()).singleElement().satisfies(s -> assertThat(s.pseudonym()).hasValueSatisfying(
                p -> assertThat(p).startsWith("R.")));
    }

    @Test
    void aSavedValueThatCannotBeReadIsAskedAgain() throws Exception {
        for (String bad : new String[] {".nan", "0x4", "1e9999999999", ".inf"}) {
            Path file = saveWith(fresh(), 4);
            Files.writeString(file, Files.readString(file).replace("rested: 4", "rested: " + bad) + "");
            SavedSessions.Resumed resumed = SavedSessions.resume(store, file, q);
            resumed.file().close();
            assertThat(resumed.session().given()).as(bad).doesNotContainKey("rested");
            assertThat(resumed.session().current().item().id()).as(bad).isEqualTo("rested");
            assertThat(resumed.note()).as(bad).contains("could not be read back, so you will be asked again");
            store.discard(file);
        }
    }

    @Test
    void filesThatAreNotSessionsAreSkippedWithAWarningNamingThem() throws Exception {
        Path good = saveWith(fresh(), 4);
        Path folder = Files.createDirectory(store.folder().resolve("x.yaml"));
        Path zero = Files.createSymbolicLink(store.folder().resolve("zero.yaml"), Path.of("/dev/zero"));
        Path broken = Files.writeString(store.folder().resolve("broken.yaml"), "answers: [\n");
        SavedSessions.Listing listing = SavedSessions.list(store);
        assertThat(listing.sessions()).extracting(SavedSessions.Summary::file).containsExactly(good);
        assertThat(listing.warnings()).hasSize(3).anySatisfy(w -> assertThat(w).contains(folder.toString(), "folder"))
                .anySatisfy(w -> assertThat(w).contains(zero.toString(), "not a regular file"))
                .anySatisfy(w -> assertThat(w).contains(broken.toString()));
    }
}
