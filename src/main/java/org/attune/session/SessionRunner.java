package org.attune.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a session from its first screen to the end of the review, saving after every change, so a
 * crash or a closed terminal loses at most the answer being typed.
 */
public final class SessionRunner {

    /** How a run ended: finished (answers ready to score), or stopped and saved to resume later. */
    public record Outcome(boolean finished, Path savedTo) {}

    private final Prompter prompter;
    private final SessionStore store;
    private final Supplier<String> clock;

    public SessionRunner(Prompter prompter, SessionStore store, Supplier<String> clock) {
        this.prompter = prompter;
        this.store = store;
        this.clock = clock;
    }

    public Outcome run(Session session, String note) {
        if (!prompter.welcome(session.questionnaire(), note)) {
            return new Outcome(false, save(session));
        }
        Optional<String> notice = Optional.empty();
        while (true) {
            if (session.atReview()) {
                ReviewChoice choice = prompter.review(session.questionnaire(), session.review());
                if (choice instanceof ReviewChoice.Finish) {
                    return new Outcome(true, save(session));
                }
                if (choice instanceof ReviewChoice.Quit) {
                    return new Outcome(false, save(session));
                }
                if (choice instanceof ReviewChoice.Change change) {
                    session.goTo(change.itemId());
                } else {
                    session.back();
                }
                save(session);
                continue;
            }
            Question question = session.current();
            Action action = prompter.ask(notice.map(question::withNotice).orElse(question));
            notice = Optional.empty();
            if (action instanceof Action.Answered answered) {
                session.answer(answered.value());
            } else if (action instanceof Action.Skip) {
                notice = session.skip();
            } else if (action instanceof Action.Continue) {
                session.next();
            } else if (action instanceof Action.Back) {
                if (!session.back()) {
                    notice = Optional.of("This is the first question.");
                }
            } else {
                return new Outcome(false, save(session));
            }
            save(session);
        }
    }

    private Path save(Session session) {
        try {
            return store.save(session, clock.get());
        } catch (IOException e) {
            throw new UncheckedIOException("could not save the session to " + store.fileFor(session) + ": " + e.getMessage(), e);
        }
    }
}
