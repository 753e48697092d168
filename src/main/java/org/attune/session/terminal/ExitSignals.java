package org.attune.session.terminal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.jline.utils.Signals;

/**
 * SIGINT, SIGTERM and SIGHUP sent to a full-screen session (from another shell, or a closed window):
 * the terminal is given back before the process ends, instead of racing the terminal library's own
 * clean-up and leaving the alternate screen, a hidden cursor or raw mode behind. Answers are already
 * saved after every change.
 */
public final class ExitSignals implements AutoCloseable {
    private static final Map<String, Integer> CODES = Map.of("INT", 130, "TERM", 143, "HUP", 129);
    private final Map<String, Object> previous = new LinkedHashMap<>();

    private ExitSignals() {}

    /**
     * Until closed, each of these signals runs {@code beforeExit} with the signal's name, then ends the
     * process at once with 128 + its number. It halts rather than exits: the terminal is already given
     * back, and shutdown hooks would close it under the session, which then reports the closed terminal.
     */
    public static ExitSignals install(Consumer<String> beforeExit) {
        ExitSignals installed = new ExitSignals();
        for (Map.Entry<String, Integer> signal : CODES.entrySet()) {
            installed.previous.put(signal.getKey(), Signals.register(signal.getKey(), () -> {
                beforeExit.accept(signal.getKey());
                Runtime.getRuntime().halt(signal.getValue());
            }));
        }
        return installed;
    }

    @Override
    public void close() {
        previous.forEach(Signals::unregister);
        previous.clear();
    }
}
