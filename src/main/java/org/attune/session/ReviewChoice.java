package org.attune.session;

/** What the person did on the review screen. */
public sealed interface ReviewChoice permits ReviewChoice.Finish, ReviewChoice.Change, ReviewChoice.Back, ReviewChoice.Quit {

    record Finish() implements ReviewChoice {}

    /** Go to one question to change its answer. */
    record Change(String itemId) implements ReviewChoice {}

    record Back() implements ReviewChoice {}

    record Quit() implements ReviewChoice {}
}
