package org.attune.session.terminal;

import java.io.IOException;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp;

/**
 * The real terminal, built for a fast first screen: JLine's start-up work that a questionnaire never
 * needs is left out, since each step costs tens of milliseconds before anything is drawn.
 * <ul>
 * <li>the JNI terminal alone, and every other kind only when it cannot be had: JLine otherwise checks each
 *     kind, which links dozens of FFM calls and starts a 'test -t' process;
 * <li>no probing for grapheme-cluster support (escape-sequence queries, a cursor-position round trip and an
 *     'stty' process): attune measures its own text;
 * <li>no 'infocmp' process for terminal types whose capabilities JLine carries (xterm, screen, rxvt and
 *     their 256-colour forms), nor for tmux's own types, which are screen's with additions attune does not use.
 * </ul>
 */
public final class SystemTerminal {
    /** Terminal types whose capabilities are those of a type JLine carries, as far as attune uses them. */
    private static final Map<String, String> SAME_AS = Map.of("tmux", "screen", "tmux-256color", "screen-256color");
    private static final int INTERRUPTED = 130;

    private SystemTerminal() {}

    public static Terminal build(String type) throws IOException {
        knownCapabilities(type);
        try {
            // only the JNI terminal is tried: JLine otherwise checks every kind, linking FFM calls and starting a process
            return builder().provider("jni").dumb(false).build();
        } catch (IOException | IllegalStateException | UnsupportedOperationException e) {
            return builder().providers("jni,ffm,exec").build();
        }
    }

    private static TerminalBuilder builder() {
        return TerminalBuilder.builder().system(true).name("attune").graphemeCluster(false).signalHandler(SystemTerminal::beforeTheSession);
    }

    /**
     * Signals between building the terminal and the session taking them over: Ctrl-C (a signal until the
     * session turns that off) ends the process through its shutdown hooks, which give back a title screen
     * drawn early; the default would end it without them. The others the terminal routes here change nothing.
     */
    private static void beforeTheSession(Terminal.Signal signal) {
        if (signal == Terminal.Signal.INT) {
            System.exit(INTERRUPTED);
        }
    }

    /** Capabilities JLine carries, or else those of the system's terminfo; without either, ANSI's, as JLine would, without its stack trace. */
    static void knownCapabilities(String type) {
        if (type == null || InfoCmp.getLoadedInfoCmp(type) != null) {
            return;
        }
        String carried = InfoCmp.getDefaultInfoCmp(SAME_AS.getOrDefault(type, type));
        if (carried != null) {
            InfoCmp.setLoadedInfoCmp(type, carried);
            return;
        }
        if (!inSystemTerminfo(type)) {
            InfoCmp.setLoadedInfoCmp(type, InfoCmp.getDefaultInfoCmp("ansi"));
        }
    }

    /** Whether the system's terminfo knows the type (JLine keeps what it found). */
    private static boolean inSystemTerminfo(String type) {
        try {
            InfoCmp.getInfoCmp(type);
            return true;
        } catch (IOException | RuntimeException unknownType) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
