package org.attune.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.attune.answers.AnswerValue;
import org.attune.definition.Questionnaire;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Navigation, visibility, skipping and review, without any terminal. */
class SessionTest {
    Questionnaire q;
    Session session;

    @BeforeEach
    void start() throws Exception {
        q = SessionFixtures.questionnaire();
        session = new Session(q, "2026-11-22T09:30:00Z", Map.of(), Optional.empty());
    }

    void answer(Action action) {
        session.answer(((Action.Answered) action).value());
    }

    @Test
    void walksTheShownQuestionsInOrderToTheReview() {
        assertThat(session.current().item().id()).isEqualTo("rested");
        assertThat(session.current().progress()).isEqualTo(new Progress(1, 3));
        answer(SessionFixtures.pick(q, "rested", 4));
        answer(SessionFixtures.pick(q, "supported", 2));
        assertThat(session.current().progress()).isEqualTo(new Progress(3, 3));
        answer(SessionFixtures.yes(false));
        assertThat(session.atReview()).isTrue();
        assertThat(session.review()).extracting(ReviewLine::answerText).containsExactly("Mostly", "A little", "No");
    }

    @Test
    void aConditionalQuestionAppearsAndCountsInTheProgress() {
        answer(SessionFixtures.pick(q, "rested", 4));
        answer(SessionFixtures.pick(q, "supported", 2));
        answer(SessionFixtures.yes(true));
        assertThat(session.current().item().id()).isEqualTo("who");
        assertThat(session.current().progress()).isEqualTo(new Progress(4, 4));
    }

    @Test
    void goingBackKeepsAnswersAndPreselectsThem() {
        answer(SessionFixtures.pick(q, "rested", 4));
        assertThat(session.back()).isTrue();
        assertThat(session.current().item().id()).isEqualTo("rested");
        assertThat(session.current().current()).map(AnswerValue::display).contains("Mostly");
        assertThat(session.back()).as("no step back from the first question").isFalse();
    }

    @Test
    void changingAnEarlierAnswerHidesWhatDependsOnIt() {
        answer(SessionFixtures.pick(q, "rested", 4));
        answer(SessionFixtures.pick(q, "supported", 2));
        answer(SessionFixtures.yes(true));
        session.answer(new AnswerValue.Text("A peer"));
        assertThat(session.review()).hasSize(4);
        session.goTo("talked");
        answer(SessionFixtures.yes(false));
        assertThat(session.atReview()).isTrue();
        assertThat(session.review()).extracting(l -> l.item().id()).containsExactly("rested", "supported", "talked");
        assertThat(session.answers().values()).doesNotContainKey("who");
        assertThat(session.given()).as("kept in case it is shown again").containsKey("who");
        session.goTo("talked");
        answer(SessionFixtures.yes(true));
        assertThat(session.current().current()).map(AnswerValue::display).contains("A peer");
    }

    @Test
    void aChangeFromTheReviewAsksWhatItNewlyShowsThenReturnsToTheReview() {
        answer(SessionFixtures.pick(q, "rested", 4));
        answer(SessionFixtures.pick(q, "supported", 2));
        answer(SessionFixtures.yes(false));
        session.goTo("rested");
        answer(SessionFixtures.pick(q, "rested", 1));
        assertThat(session.atReview()).as("no walk through the later questions").isTrue();
        session.goTo("talked");
        answer(SessionFixtures.yes(true));
        assertThat(session.current().item().id()).as("the question the change shows is asked first").isEqualTo("who");
        session.answer(new AnswerValue.Text("A peer"));
        assertThat(session.atReview()).isTrue();
    }

    @Test
    void anItemCalledReviewIsAQuestionLikeAnyOther() throws Exception {
        Questionnaire named = new org.attune.definition.QuestionnaireLoader().load("review.yaml", java.nio.file.Files.readString(SessionFixtures.FILE)
                .replace("id: supported", "id: review").replace("items: [rested, supported]", "items: [rested, review]").getBytes());
        Session s = new Session(named, "t", Map.of(), Optional.empty());
        s.answer(((Action.Answered) SessionFixtures.pick(named, "rested", 4)).value());
        assertThat(s.atReview()).isFalse();
        assertThat(s.current().item().id()).isEqualTo("review");
        assertThat(s.current().progress()).isEqualTo(new Progress(2, 3));
    }

    @Test
    void aResumedSessionWithoutAPositionStartsAtTheFirstOpenQuestion() {
        Session resumed = new Session(q, "t", Map.of("rested", ((Action.Answered) SessionFixtures.pick(q, "rested", 1)).value()), Optional.empty());
        assertThat(resumed.current().item().id()).isEqualTo("supported");
    }

    @Test
    void requiredQuestionsCannotBeSkippedOptionalOnesCan() {
        assertThat(session.skip()).hasValueSatisfying(reason -> assertThat(reason).contains("cannot be skipped"));
        assertThat(session.current().item().id()).isEqualTo("rested");
        answer(SessionFixtures.pick(q, "rested", 4));
        answer(SessionFixtures.pick(q, "supported", 2));
        answer(SessionFixtures.yes(true));
        assertThat(session.skip()).isEmpty();
        assertThat(session.atReview()).isTrue();
        assertThat(session.review().get(3).answerText()).isEqualTo("(skipped)");
    }

    @Test
    void backFromTheReviewGoesToTheLastQuestion() {
        answer(SessionFixtures.pick(q, "rested", 4));
        answer(SessionFixtures.pick(q, "supported", 2));
        answer(SessionFixtures.yes(false));
        session.back();
        assertThat(session.current().item().id()).isEqualTo("talked");
    }

    @Test
    void resumesAtTheSavedPositionOrTheStartWhenItIsGone() {
        Session resumed = new Session(q, "t", Map.of("rested", ((Action.Answered) SessionFixtures.pick(q, "rested", 1)).value()), Optional.of(new Position.AtItem("supported")));
        assertThat(resumed.current().item().id()).isEqualTo("supported");
        Session stale = new Session(q, "t", Map.of(), Optional.of(new Position.AtItem("who")));
        assertThat(stale.current().item().id()).as("'who' is hidden without an answer to 'talked'").isEqualTo("rested");
    }
}
