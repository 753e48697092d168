package org.attune.history;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attune.answers.AnswerValue;
import org.attune.answers.Answers;
import org.attune.definition.Item;
import org.attune.definition.Questionnaire;
import org.attune.definition.Score;
import org.attune.results.PastResults.PastResult;
import org.attune.results.PastResults.ScoreLine;

/**
 * Two results of one questionnaire side by side: each score in both with the change between them (judged by
 * reliable change where the score declares it), and each question's answer in both. Scores are as each result
 * saved them; answers are read with the questionnaire as it is now.
 */
public record Comparison(Questionnaire questionnaire, Side first, Side second, List<ScoreChange> scores, List<AnswerChange> answers) {

    public Comparison {
        scores = List.copyOf(scores);
        answers = List.copyOf(answers);
    }

    public record Side(int number, Optional<String> takenAt, Optional<String> respondent, String recommendation) {}

    /** A score in both results; the change only when both have a value. */
    public record ScoreChange(Score score, Optional<BigDecimal> first, Optional<String> firstBand, Optional<BigDecimal> second,
            Optional<String> secondBand, Optional<History.Change> change) {}

    /** A question's answer in both results (empty: not answered). {@code hidden}: a private answer, compared but never shown. */
    public record AnswerChange(Item item, Optional<AnswerValue> first, Optional<AnswerValue> second, boolean changed, boolean hidden) {}

    /** Whether the two results are about different people (different pseudonyms, or one with and one without). */
    public boolean aboutDifferentPeople() {
        return !first.respondent().equals(second.respondent());
    }

    public static Comparison of(Questionnaire q, PastResult first, Answers firstAnswers, PastResult second, Answers secondAnswers) {
        // results about different people are not one person's change: their differences are shown, never judged
        boolean samePerson = first.respondent().equals(second.respondent());
        List<ScoreChange> scores = new ArrayList<>();
        for (Score score : q.scores()) {
            Optional<ScoreLine> a = line(first, score);
            Optional<ScoreLine> b = line(second, score);
            Optional<BigDecimal> va = a.flatMap(ScoreLine::number);
            Optional<BigDecimal> vb = b.flatMap(ScoreLine::number);
            Optional<History.Change> change = va.isPresent() && vb.isPresent()
                    ? Optional.of(History.Change.between(va.get(), vb.get(), samePerson ? ReliableChange.of(score.change()) : Optional.empty()))
                    : Optional.empty();
            scores.add(new ScoreChange(score, va, a.flatMap(ScoreLine::band), vb, b.flatMap(ScoreLine::band), change));
        }
        List<AnswerChange> answers = new ArrayList<>();
        for (Item item : q.questions()) {
            Optional<AnswerValue> a = firstAnswers.get(item.id());
            Optional<AnswerValue> b = secondAnswers.get(item.id());
            boolean hidden = item instanceof Item.FreeText text && text.isPrivate();
            answers.add(new AnswerChange(item, a, b, !a.map(AnswerValue::display).equals(b.map(AnswerValue::display)), hidden));
        }
        return new Comparison(q, side(first), side(second), scores, answers);
    }

    private static Side side(PastResult r) {
        return new Side(r.number(), r.takenAt(), r.respondent(), r.recommendation());
    }

    private static Optional<ScoreLine> line(PastResult r, Score score) {
        return r.scores().stream().filter(s -> s.id().equals(score.id())).findFirst();
    }
}
