package org.attune.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.answers.AnswerValue;
import org.attune.answers.Answers;
import org.attune.answers.Visibility;
import org.attune.definition.Item;
import org.attune.definition.Questionnaire;
import org.attune.definition.Section;

/**
 * Where a person is in a questionnaire and what they have answered. Navigation follows the items that
 * are shown for the current answers, so items appear and disappear as answers change (also when going
 * back and changing an earlier one). Answers to items that became hidden stay here, in case they come
 * back, but are not part of {@link #answers()}.
 */
public final class Session {
    static final String REVIEW = "review";
    private final Questionnaire questionnaire;
    private final String startedAt;
    private final Map<String, AnswerValue> given = new LinkedHashMap<>();
    private String position;

    public Session(Questionnaire questionnaire, String startedAt, Map<String, AnswerValue> answers, Optional<String> position) {
        this.questionnaire = questionnaire;
        this.startedAt = startedAt;
        this.given.putAll(answers);
        List<Item> shown = shown();
        this.position = position.filter(p -> REVIEW.equals(p) || shown.stream().anyMatch(i -> i.id().equals(p)))
                .orElse(shown.isEmpty() ? REVIEW : shown.get(0).id());
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    public String startedAt() {
        return startedAt;
    }

    public boolean atReview() {
        return REVIEW.equals(position);
    }

    /** The item id on screen, or "review". */
    public String position() {
        return position;
    }

    public Question current() {
        List<Item> shown = shown();
        Item item = shown.stream().filter(i -> i.id().equals(position)).findFirst().orElseThrow();
        List<Item> questions = shown.stream().filter(Item::isQuestion).toList();
        int number = item.isQuestion() ? questions.indexOf(item) + 1 : (int) shown.subList(0, shown.indexOf(item)).stream().filter(Item::isQuestion).count() + 1;
        return new Question(item, sectionOf(item), new Progress(Math.min(number, questions.size()), questions.size()),
                Optional.ofNullable(given.get(item.id())), Optional.empty());
    }

    /** Records the answer to the current question and moves to the next shown item (or the review). */
    public void answer(AnswerValue value) {
        given.put(position, value);
        forward();
    }

    /** Leaves the current question unanswered; refuses (returns the reason) when it is required. */
    public Optional<String> skip() {
        Item item = current().item();
        if (item.isQuestion() && item.common().required()) {
            return Optional.of("This question needs an answer to give you guidance, so it cannot be skipped.");
        }
        given.remove(position);
        forward();
        return Optional.empty();
    }

    /** Moves past an information text. */
    public void next() {
        forward();
    }

    /** One step back; from the review, to the last shown item. Returns false at the first item. */
    public boolean back() {
        List<Item> shown = shown();
        if (atReview()) {
            position = shown.get(shown.size() - 1).id();
            return true;
        }
        int index = indexOf(shown, position);
        if (index <= 0) {
            return false;
        }
        position = shown.get(index - 1).id();
        return true;
    }

    /** From the review: jump to one question to change it. */
    public void goTo(String itemId) {
        if (shown().stream().anyMatch(i -> i.id().equals(itemId))) {
            position = itemId;
        }
    }

    public List<ReviewLine> review() {
        List<ReviewLine> lines = new ArrayList<>();
        int number = 0;
        for (Item item : shown()) {
            if (item.isQuestion()) {
                lines.add(new ReviewLine(++number, item, Optional.ofNullable(given.get(item.id()))));
            }
        }
        return lines;
    }

    /** The answers that count: those to shown items. */
    public Answers answers() {
        return new Answers(questionnaire.id(), questionnaire.header().version(), Optional.of(startedAt), Optional.empty(),
                Visibility.shownAnswers(questionnaire, given));
    }

    /** Every answer given, shown or not, for saving. */
    public Map<String, AnswerValue> given() {
        return Collections.unmodifiableMap(given);
    }

    public int answeredCount() {
        return answers().values().size();
    }

    public int shownQuestionCount() {
        return (int) shown().stream().filter(Item::isQuestion).count();
    }

    private void forward() {
        List<Item> shown = shown();
        int index = indexOf(shown, position);
        position = index + 1 < shown.size() ? shown.get(index + 1).id() : REVIEW;
    }

    /** Index of an item among the shown ones; for an item no longer shown, the one before where it stood. */
    private int indexOf(List<Item> shown, String itemId) {
        int before = 0;
        for (Item item : questionnaire.items()) {
            if (item.id().equals(itemId)) {
                return shown.contains(item) ? before : before - 1;
            }
            if (shown.contains(item)) {
                before++;
            }
        }
        return shown.size() - 1;
    }

    private List<Item> shown() {
        return Visibility.shownItems(questionnaire, given);
    }

    private Section sectionOf(Item item) {
        return questionnaire.sections().stream().filter(s -> s.items().contains(item)).findFirst().orElseThrow();
    }
}
