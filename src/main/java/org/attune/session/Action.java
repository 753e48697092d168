package org.attune.session;

import org.attune.answers.AnswerValue;

/** What the person did on a question screen. */
public sealed interface Action permits Action.Answered, Action.Back, Action.Skip, Action.Continue, Action.Quit {

    record Answered(AnswerValue value) implements Action {}

    /** Go back one question, keeping answers. */
    record Back() implements Action {}

    /** Leave an optional question unanswered. */
    record Skip() implements Action {}

    /** Move on from an information text. */
    record Continue() implements Action {}

    /** q, Ctrl-C, Ctrl-D, or the end of input: save and stop. */
    record Quit() implements Action {}
}
