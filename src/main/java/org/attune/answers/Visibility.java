package org.attune.answers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.attune.condition.Name;
import org.attune.condition.Root;
import org.attune.condition.Value;
import org.attune.condition.Values;
import org.attune.definition.Item;
import org.attune.definition.Questionnaire;

/**
 * Which items are shown for a set of answers. Items are taken in order; a {@code showIf} sees only the
 * answers to items that are themselves shown, so hiding one item hides what depends on it.
 */
public final class Visibility {
    private Visibility() {}

    /**
     * One questionnaire's answers with what they show, worked out once: the items shown (information texts too)
     * and the answers that count (those to shown items), both in questionnaire order. Made only by
     * {@link #of(Questionnaire, Answers)}, so it always belongs to the answers and questionnaire it holds.
     */
    public static final class Shown {
        private final Questionnaire questionnaire;
        private final Answers given;
        private final List<Item> items;
        private final Map<String, AnswerValue> answers;

        private Shown(Questionnaire questionnaire, Answers given, List<Item> items, Map<String, AnswerValue> answers) {
            this.questionnaire = questionnaire;
            this.given = given;
            this.items = List.copyOf(items);
            this.answers = Collections.unmodifiableMap(answers);
        }

        public Questionnaire questionnaire() {
            return questionnaire;
        }

        /** All the answers, as given (answers to hidden items too). */
        public Answers given() {
            return given;
        }

        public List<Item> items() {
            return items;
        }

        /** The answers that count: those to shown items, in questionnaire order. */
        public Map<String, AnswerValue> answers() {
            return answers;
        }
    }

    /** Which items these answers show, and which of them count: one pass over the items. */
    public static Shown of(Questionnaire questionnaire, Answers given) {
        List<Item> items = new ArrayList<>(questionnaire.items().size());
        Map<String, AnswerValue> answers = new LinkedHashMap<>(given.values().size() * 2);
        walk(questionnaire, given.values(), items, answers);
        return new Shown(questionnaire, given, items, answers);
    }

    private static void walk(Questionnaire questionnaire, Map<String, AnswerValue> given, List<Item> items, Map<String, AnswerValue> answers) {
        for (Item item : questionnaire.items()) {
            if (isShown(item, answers)) {
                items.add(item);
                AnswerValue answer = given.get(item.id());
                if (answer != null) {
                    answers.put(item.id(), answer);
                }
            }
        }
    }

    /** The answers that count: those to items that are shown, in questionnaire order. */
    public static Map<String, AnswerValue> shownAnswers(Questionnaire questionnaire, Map<String, AnswerValue> given) {
        Map<String, AnswerValue> answers = new LinkedHashMap<>(given.size() * 2);
        walk(questionnaire, given, new ArrayList<>(), answers);
        return Collections.unmodifiableMap(answers);
    }

    /** The items shown (information texts too) for these answers, in order. */
    public static List<Item> shownItems(Questionnaire questionnaire, Map<String, AnswerValue> given) {
        List<Item> items = new ArrayList<>();
        walk(questionnaire, given, items, new LinkedHashMap<>());
        return List.copyOf(items);
    }

    /** Whether {@code item} is shown, given the answers to the items shown before it. */
    public static boolean isShown(Item item, Map<String, AnswerValue> earlierShownAnswers) {
        // no lambda or Optional chain: this runs for every item of every answers file a batch scores
        return item.showIf().isEmpty() || item.showIf().get().holdsFor(new AnswersOnly(earlierShownAnswers));
    }

    /** What a condition reads when it may read only answers (a showIf); anything else is missing. */
    private record AnswersOnly(Map<String, AnswerValue> answers) implements Values {
        @Override
        public Value of(Name name) {
            return conditionValue(answers, name);
        }
    }

    /** What {@code answers.ID} holds for these answers: the answer, or missing. */
    public static Value conditionValue(Map<String, AnswerValue> answers, Name name) {
        AnswerValue answer = name.root() == Root.ANSWERS ? answers.get(name.id()) : null;
        return answer == null ? Value.MISSING : answer.conditionValue();
    }
}
