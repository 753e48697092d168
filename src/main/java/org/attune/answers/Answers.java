package org.attune.answers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answers given to one questionnaire: which questionnaire and version they were given for,
 * when, by whom (an optional label, never a client's name), and the answers by item id (a declined
 * item holds {@link AnswerValue.Declined}).
 */
public record Answers(
        String questionnaireId,
        String questionnaireVersion,
        Optional<String> takenAt,
        Optional<String> respondent,
        Map<String, AnswerValue> values) {

    public Answers {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public Optional<AnswerValue> get(String itemId) {
        return Optional.ofNullable(values.get(itemId));
    }

    /** The items the person preferred not to answer, in the order given. */
    public List<String> declined() {
        return values.entrySet().stream().filter(e -> e.getValue() instanceof AnswerValue.Declined).map(Map.Entry::getKey).toList();
    }
}
