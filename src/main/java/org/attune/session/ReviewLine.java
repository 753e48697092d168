package org.attune.session;

import java.util.Optional;
import org.attune.answers.AnswerValue;
import org.attune.definition.Item;

/** One shown question on the review screen, with its answer (empty when skipped). */
public record ReviewLine(int number, Item item, Optional<AnswerValue> answer) {

    public String answerText() {
        return answer.map(AnswerValue::display).orElse("(skipped)");
    }
}
