package org.attune.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.CompletableFuture;
import org.attune.report.TextStyle;
import org.jline.terminal.Terminal;

/** Where a session's full screen comes from: a terminal still being built, or the one the title is already on. */
sealed interface ScreenSource {

    /** The screen, open and ready for questions. */
    TerminalSession open(TextStyle style, PrintWriter err) throws IOException;

    /** Gives the terminal back unused, such as when the questionnaire turned out invalid. */
    void discard();

    record Building(CompletableFuture<Terminal> terminal) implements ScreenSource {
        @Override
        public TerminalSession open(TextStyle style, PrintWriter err) throws IOException {
            return TerminalSession.open(terminal, style, err);
        }

        @Override
        public void discard() {
            TerminalSession.discard(terminal);
        }
    }

    /** Opened with the title drawn before the command line was parsed (see {@link FirstScreen}). */
    record Shown(TerminalSession session) implements ScreenSource {
        @Override
        public TerminalSession open(TextStyle style, PrintWriter err) {
            return session;
        }

        @Override
        public void discard() {
            session.giveBack();
        }
    }
}
