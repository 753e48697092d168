package org.attune.session;

import java.util.List;
import org.attune.definition.Questionnaire;

/**
 * The screen and keyboard of a session, kept behind this small interface so the session logic runs the
 * same with a full-screen terminal, line-by-line prompts, or a test script.
 */
public interface Prompter {

    /** The first screen: title, instructions, estimated time; a note when resuming. Returns false to quit. */
    boolean welcome(Questionnaire questionnaire, String note);

    Action ask(Question question);

    ReviewChoice review(Questionnaire questionnaire, List<ReviewLine> lines);
}
