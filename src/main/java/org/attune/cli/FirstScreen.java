package org.attune.cli;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.attune.definition.InvalidFileException;
import org.attune.definition.Questionnaire;
import org.jline.terminal.Terminal;

/**
 * The title screen of {@code attune run QUESTIONNAIRE}, drawn before the command line is parsed: building
 * picocli's model of the commands takes tens of milliseconds, which the person can spend reading the title.
 * <p>
 * Only that exact form starts early (no options, so parsing cannot change what it means), and only where
 * the session would be full-screen. 'run' takes the questionnaire and the screen from here; whatever goes
 * wrong early (an invalid questionnaire, no terminal) is left for 'run' to meet again and report as usual.
 */
final class FirstScreen implements AutoCloseable {
    private static final FirstScreen NONE = new FirstScreen("", null, null);
    private final String reference;
    private final Questionnaire questionnaire;
    private TerminalSession session;

    private FirstScreen(String reference, Questionnaire questionnaire, TerminalSession session) {
        this.reference = reference;
        this.questionnaire = questionnaire;
        this.session = session;
    }

    static FirstScreen none() {
        return NONE;
    }

    /** Whether these arguments and this environment start a full-screen session with nothing to parse. */
    static boolean applies(CliEnvironment environment, String... args) {
        return args.length == 2 && args[0].equals("run") && !args[1].isEmpty() && !args[1].startsWith("-")
                && !RunOptions.plainByEnvironment(environment);
    }

    /** Shows the title screen when {@link #applies}; otherwise, or when it cannot be shown, does nothing. */
    static FirstScreen show(CliEnvironment environment, String... args) {
        if (!applies(environment, args)) {
            return NONE;
        }
        CompletableFuture<Terminal> terminal = TerminalSession.startBuilding(environment.variables().get("TERM"));
        Questionnaire questionnaire;
        try {
            questionnaire = Questionnaires.resolve(environment, args[1]);
        } catch (InvalidFileException | RuntimeException e) {
            TerminalSession.discard(terminal);
            return NONE;
        }
        TerminalSession session;
        try {
            session = TerminalSession.open(terminal, environment.screenStyle(false, false), environment.err());
        } catch (IOException | RuntimeException e) {
            return NONE;
        }
        try {
            session.showWelcome(questionnaire);
        } catch (RuntimeException e) {
            closeQuietly(session);
            return NONE;
        }
        return new FirstScreen(args[1], questionnaire, session);
    }

    private static void closeQuietly(TerminalSession session) {
        try {
            session.close();
        } catch (IOException e) {
            // the terminal could not be given back; the shutdown hook tries once more
        }
    }

    /** The questionnaire and the screen its title is on, if that is what 'run' was asked for; handed over once. */
    Optional<Shown> take(String requested) {
        if (session == null || !reference.equals(requested)) {
            return Optional.empty();
        }
        Shown shown = new Shown(questionnaire, new ScreenSource.Shown(session));
        session = null;
        return Optional.of(shown);
    }

    record Shown(Questionnaire questionnaire, ScreenSource screen) {}

    /** Gives the terminal back if 'run' never took it (a failure before it got there). */
    @Override
    public void close() {
        if (session != null) {
            closeQuietly(session);
            session = null;
        }
    }
}
