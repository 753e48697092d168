package org.attune.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.attune.definition.Item;
import org.attune.definition.Questionnaire;
import org.junit.jupiter.api.Test;

/** Issue 11, item 5: a typed or pasted escape sequence in free text is refused before it becomes an answer. */
class TypedTextControlCharactersTest {

    @Test
    void freeTextWithAControlCharacterIsAskedAgain() throws Exception {
        Questionnaire q = SessionFixtures.questionnaire();
        Item who = q.item("who").orElseThrow();
        TypedAnswer.Parsed parsed = TypedAnswer.parse(who, "Anna\u001b]0;owned\u0007");
        assertThat(parsed.isOk()).isFalse();
        assertThat(parsed.problem()).isEqualTo("That holds a control character (such as Esc); please type it without one.");
        assertThat(TypedAnswer.parse(who, "Anna\tand Ben").isOk()).isTrue();
    }
}
