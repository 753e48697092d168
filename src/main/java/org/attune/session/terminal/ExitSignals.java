package org.attune.session.terminal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.jline.terminal.Terminal;
import org.jline.utils.Signals;

/**
 * SIGINT, SIGTERM and SIGHUP sent to a full-screen session (from another shell, or a closed window):
 * the terminal is given back before the process ends, instead of racing the terminal library's own
 * clean-up and leaving the alternate screen, a hidden cursor or raw mode behind. Answers are already
 * saved after every change.
 */
public final class ExitSignals implements AutoCloseable {
    private static final Map<String, Integer> OTHERS = Map.of("TERM", 143, "HUP", 129);
    private static final int INTERRUPTED = 130;
    private final Terminal terminal;
    private final Terminal.SignalHandler previousInterrupt;
    private final Map<String, Object> previous = new LinkedHashMap<>();

    private ExitSignals(Terminal terminal, Terminal.SignalHandler previousInterrupt) {
        this.terminal = terminal;
        this.previousInterrupt = previousInterrupt;
    }

    /**
     * Until closed, each of these signals runs {@code beforeExit} with the signal's name, then ends the
     * process at once with 128 + its number. It halts rather than exits: the terminal is already given
     * back, and shutdown hooks would close it under the session, which then reports the closed terminal.
     * SIGINT goes through the terminal, so the line editor of a text question, which takes SIGINT over
     * while it reads, hands it back afterwards.
     */
    public static ExitSignals install(Terminal terminal, Consumer<String> beforeExit) {
        Terminal.SignalHandler previousInterrupt = terminal.handle(Terminal.Signal.INT, signal -> stop("INT", INTERRUPTED, beforeExit));
        ExitSignals installed = new ExitSignals(terminal, previousInterrupt);
        OTHERS.forEach((name, code) -> installed.previous.put(name, Signals.register(name, () -> stop(name, code, beforeExit))));
        return installed;
    }

    private static void stop(String name, int code, Consumer<String> beforeExit) {
        beforeExit.accept(name);
        Runtime.getRuntime().halt(code);
    }

    @Override
    public void close() {
        if (!previous.isEmpty()) {
            terminal.handle(Terminal.Signal.INT, previousInterrupt);
            previous.forEach(Signals::unregister);
            previous.clear();
        }
    }
}
