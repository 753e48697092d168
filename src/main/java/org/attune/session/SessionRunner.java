package org.attune.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a session from its first screen to the end of the review, saving after every change, so a
 * crash or a closed terminal loses at most the answer being typed. Leaving at the title screen saves
 * nothing new.
 */
public final class SessionRunner {

    /** How a run ended: finished (answers ready to score), or stopped; the file it is saved in, if any. */
    public record Outcome(boolean finished, Optional<Path> savedTo) {}

    private final Prompter prompter;
    private final SessionFile file;
    private final Supplier<String> clock;

    public SessionRunner(Prompter prompter, SessionFile file, Supplier<String> clock) {
        this.prompter = prompter;
        this.file = file;
        this.clock = clock;
    }

    public Outcome run(Session session, String note) {
        if (!prompter.welcome(session.questionnaire(), note)) {
            return new Outcome(false, file.path());
        }
        Optional<String> notice = Optional.empty();
        while (true) {
            if (session.atReview()) {
                ReviewChoice choice = prompter.review(session.questionnaire(), session.review());
                if (choice instanceof ReviewChoice.Finish) {
                    return new Outcome(true, Optional.of(save(session)));
                }
                if (choice instanceof ReviewChoice.Quit) {
                    return new Outcome(false, Optional.of(save(session)));
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
                return new Outcome(false, Optional.of(save(session)));
            }
            save(session);
        }
    }

    private Path save(Session session) {
        try {
            return file.save(session, clock.get());
        } catch (IOException e) {
            throw new UncheckedIOException("could not save the session to " + file.where() + ": " + e.getMessage(), e);
        }
    }
}
