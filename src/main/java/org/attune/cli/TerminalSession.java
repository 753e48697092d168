package org.attune.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.IntFunction;
import org.attune.definition.Questionnaire;
import org.attune.report.TextStyle;
import org.attune.session.Action;
import org.attune.session.Prompter;
import org.attune.session.Question;
import org.attune.session.ReviewChoice;
import org.attune.session.ReviewLine;
import org.attune.session.TitleCard;
import org.attune.session.terminal.ExitSignals;
import org.attune.session.terminal.SystemTerminal;
import org.attune.session.terminal.TerminalPrompter;
import org.jline.terminal.Terminal;

/**
 * The full-screen prompter on the real terminal. The terminal is built only here, so commands that do not
 * ask questions never load it. The terminal is given back on every way out: a normal end, an exception,
 * SIGINT, SIGTERM or SIGHUP from outside, and (as a last resort) a shutdown hook.
 */
final class TerminalSession implements Prompter, AutoCloseable {
    private final Terminal terminal;
    private final TerminalPrompter prompter;
    private final Thread restore;
    private final ExitSignals signals;
    private boolean closed;
    private boolean ending; // guarded by this: the shutdown hook has run

    private TerminalSession(Terminal terminal, TextStyle style, PrintWriter err, boolean titleShown) throws IOException {
        this.terminal = terminal;
        // the hook before the screen: a Ctrl-C that comes while the screen is set up (still a signal until the
        // prompter turns that off) finds it to give back, or keeps it from being set up at all
        this.restore = new Thread(this::end, "attune-restore-terminal");
        try {
            Runtime.getRuntime().addShutdownHook(restore);
        } catch (IllegalStateException alreadyEnding) {
            ending = true; // no hook runs now; nothing but this thread sees the flag
        }
        synchronized (this) {
            if (ending) {
                throw new IOException("attune is ending (interrupted)");
            }
            this.prompter = new TerminalPrompter(terminal, style.color(), style.unicode(), titleShown);
        }
        this.signals = ExitSignals.install(terminal, signal -> {
            prompter.close();
            err.println("attune: stopped by SIG" + signal + "; every answer given is saved ('attune resume' continues, 'attune results' lists finished ones)");
            err.flush();
        });
    }

    /**
     * Starts building the terminal on another thread, so it overlaps with loading the questionnaire
     * (each takes a good part of the start-up time).
     */
    static CompletableFuture<Terminal> startBuilding(String type) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return SystemTerminal.build(type);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static TerminalSession open(CompletableFuture<Terminal> building, TextStyle style, PrintWriter err) throws IOException {
        return open(building, style, err, false);
    }

    /** With {@code titleShown}, takes over the title screen {@link org.attune.session.terminal.EarlyTitle} drew. */
    static TerminalSession open(CompletableFuture<Terminal> building, TextStyle style, PrintWriter err, boolean titleShown) throws IOException {
        try {
            return new TerminalSession(building.join(), style, err, titleShown);
        } catch (CompletionException e) {
            throw e.getCause() instanceof UncheckedIOException io ? io.getCause() : new IOException(e.getCause());
        }
    }

    /** Closes a terminal that was built but not used, such as when the questionnaire turned out invalid. */
    static void discard(CompletableFuture<Terminal> building) {
        building.thenAccept(terminal -> {
            try {
                terminal.close();
            } catch (IOException e) {
                // nothing was drawn on it; there is nothing to restore
            }
        });
    }

    /** The terminal's width in columns, for what is printed after the full screen closes. */
    int columns() {
        return terminal.getSize().getColumns();
    }

    /** The finished report in the full-screen view; returns when the person closes it. */
    void showReport(IntFunction<List<String>> linesAtWidth) {
        prompter.showReport(linesAtWidth);
    }

    /** The title screen, drawn now; {@link #welcome} later only waits for a key. */
    void showWelcome(TitleCard card) {
        prompter.showWelcome(card, "");
    }

    @Override
    public boolean welcome(Questionnaire questionnaire, String note) {
        return prompter.welcome(questionnaire, note);
    }

    @Override
    public Action ask(Question question) {
        return prompter.ask(question);
    }

    @Override
    public ReviewChoice review(Questionnaire questionnaire, List<ReviewLine> lines) {
        return prompter.review(questionnaire, lines);
    }

    /** The shutdown hook: gives the terminal back, or keeps a screen not yet set up from being set up. */
    private synchronized void end() {
        ending = true;
        if (prompter != null) {
            // the terminal writes to standard output: a full-screen session runs only when that is a terminal
            prompter.closeAtExit(new FileOutputStream(FileDescriptor.out));
        }
    }

    /** Gives the terminal back when the session ends before it is used, such as after a failure. */
    void giveBack() {
        try {
            close();
        } catch (IOException e) {
            // the terminal could not be given back; the shutdown hook tries once more
        }
    }

    /** Gives the terminal back; a second call does nothing. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        prompter.close();
        signals.close();
        terminal.close();
        try {
            Runtime.getRuntime().removeShutdownHook(restore);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down; the hook restores the terminal
        }
    }
}
