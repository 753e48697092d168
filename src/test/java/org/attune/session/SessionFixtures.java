package org.attune.session;

import java.nio.file.Path;
import org.attune.answers.AnswerValue;
import org.attune.definition.Item;
import org.attune.definition.Questionnaire;
import org.attune.definition.QuestionnaireLoader;

/** The three-question questionnaire the session tests use, and answers to it. */
final class SessionFixtures {
    static final Path FILE = Path.of("src/test/resources/session/three-questions.yaml");

    private SessionFixtures() {}

    static Questionnaire questionnaire() throws Exception {
        return new QuestionnaireLoader().load(FILE);
    }

    static Action pick(Questionnaire q, String itemId, int number) {
        Item item = q.item(itemId).orElseThrow();
        return new Action.Answered(new AnswerValue.Choice(((Item.SingleChoice) item).options().get(number - 1)));
    }

    static Action yes(boolean yes) {
        return new Action.Answered(new AnswerValue.YesNo(yes));
    }
}
