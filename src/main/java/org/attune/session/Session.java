package org.attune.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
    /** A text item with this id is the person's own label for a session (never a client's name). */
    static final String PSEUDONYM_ITEM = "pseudonym";
    static final int MAX_PSEUDONYM_LENGTH = 60;
    private final Questionnaire questionnaire;
    private final String startedAt;
    private final Map<String, AnswerValue> given = new LinkedHashMap<>();
    private Position position;
    /** While changing an answer from the review: the items shown before the change; empty otherwise. */
    private Optional<Set<String>> returningToReview = Optional.empty();

    /** Starts at the saved position when it is still shown, else at the first shown question without an answer. */
    public Session(Questionnaire questionnaire, String startedAt, Map<String, AnswerValue> answers, Optional<Position> position) {
        this.questionnaire = questionnaire;
        this.startedAt = startedAt;
        this.given.putAll(answers);
        List<Item> shown = shown();
        this.position = position.filter(p -> p instanceof Position.AtReview || shown.stream().anyMatch(i -> at(i).equals(p)))
                .orElseGet(() -> shown.stream().filter(i -> !given.containsKey(i.id())).findFirst().map(Session::at).orElse(Position.REVIEW));
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    public String startedAt() {
        return startedAt;
    }

    public boolean atReview() {
        return position instanceof Position.AtReview;
    }

    public Position position() {
        return position;
    }

    public Question current() {
        List<Item> shown = shown();
        String id = ((Position.AtItem) position).itemId();
        Item item = shown.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
        List<Item> questions = shown.stream().filter(Item::isQuestion).toList();
        int number = item.isQuestion() ? questions.indexOf(item) + 1 : (int) shown.subList(0, shown.indexOf(item)).stream().filter(Item::isQuestion).count() + 1;
        return new Question(item, sectionOf(item), new Progress(Math.min(number, questions.size()), questions.size()),
                Optional.ofNullable(given.get(item.id())), Optional.empty());
    }

    /** Records the answer to the current question and moves to the next shown item (or the review). */
    public void answer(AnswerValue value) {
        given.put(current().item().id(), value);
        forward();
    }

    /** Leaves the current question unanswered; refuses (returns the reason) when it is required. */
    public Optional<String> skip() {
        Item item = current().item();
        if (item.isQuestion() && item.common().required()) {
            return Optional.of("This question needs an answer to give you guidance, so it cannot be skipped"
                    + (item.common().declinable() ? "; d is for prefer not to answer." : "."));
        }
        given.remove(item.id());
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
            position = at(shown.get(shown.size() - 1));
            return true;
        }
        int index = indexOf(shown, current().item().id());
        if (index <= 0) {
            return false;
        }
        position = at(shown.get(index - 1));
        return true;
    }

    /**
     * From the review: go to one question to change it. After its answer, questions that the change
     * newly shows are asked, then the person is back on the review.
     */
    public void goTo(String itemId) {
        List<Item> shown = shown();
        if (shown.stream().anyMatch(i -> i.id().equals(itemId))) {
            returningToReview = Optional.of(shown.stream().map(Item::id).collect(Collectors.toSet()));
            position = new Position.AtItem(itemId);
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

    /** The answers that count: those to shown items, with the person's pseudonym as the label when they gave one. */
    public Answers answers() {
        return new Answers(questionnaire.id(), questionnaire.header().version(), Optional.of(startedAt), pseudonym(),
                Visibility.shownAnswers(questionnaire, given));
    }

    /** The answer to a shown text item named {@value #PSEUDONYM_ITEM}, on one line and at most 60 characters. */
    public Optional<String> pseudonym() {
        return shown().stream().filter(i -> i.id().equals(PSEUDONYM_ITEM) && i instanceof Item.FreeText).findFirst()
                .map(i -> given.get(i.id())).filter(v -> v instanceof AnswerValue.Text).map(v -> label(((AnswerValue.Text) v).text()))
                .filter(s -> !s.isEmpty());
    }

    /** A label for listings: control characters and line breaks become spaces; long ones are cut. */
    static String label(String text) {
        String oneLine = text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return oneLine.length() <= MAX_PSEUDONYM_LENGTH ? oneLine : oneLine.substring(0, MAX_PSEUDONYM_LENGTH - 1).strip() + "\u2026";
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
        int index = indexOf(shown, current().item().id());
        if (returningToReview.isPresent()) {
            Set<String> before = returningToReview.get();
            Optional<Item> newlyShown = shown.subList(index + 1, shown.size()).stream().filter(i -> !before.contains(i.id())).findFirst();
            position = newlyShown.map(Session::at).orElse(Position.REVIEW);
            if (newlyShown.isEmpty()) {
                returningToReview = Optional.empty();
            }
            return;
        }
        position = index + 1 < shown.size() ? at(shown.get(index + 1)) : Position.REVIEW;
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

    private static Position at(Item item) {
        return new Position.AtItem(item.id());
    }

    private List<Item> shown() {
        return Visibility.shownItems(questionnaire, given);
    }

    private Section sectionOf(Item item) {
        return questionnaire.sections().stream().filter(s -> s.items().contains(item)).findFirst().orElseThrow();
    }
}
