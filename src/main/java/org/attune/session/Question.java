package org.attune.session;

import java.util.Optional;
import org.attune.answers.AnswerValue;
import org.attune.definition.Item;
import org.attune.definition.Section;

/**
 * One screen of a session: the item, its section, where the person is, the answer already given
 * (pre-selected when coming back), and a notice to show, such as why a question cannot be skipped.
 */
public record Question(Item item, Section section, Progress progress, Optional<AnswerValue> current, Optional<String> notice) {

    public Question withNotice(String text) {
        return new Question(item, section, progress, current, Optional.of(text));
    }
}
