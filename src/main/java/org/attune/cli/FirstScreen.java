package org.attune.cli;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.attune.config.XdgDirectories;
import org.attune.definition.Questionnaire;
import org.attune.definition.QuestionnaireCatalog;
import org.attune.definition.QuestionnaireSource;
import org.attune.diagnostics.InvalidFileException;
import org.attune.report.TextStyle;
import org.attune.session.TitleCard;
import org.attune.session.TitleCards;
import org.attune.session.terminal.EarlyTitle;
import org.jline.terminal.Terminal;

/**
 * The title screen of {@code attune run QUESTIONNAIRE}, drawn before the command line is parsed: building
 * picocli's model of the commands takes tens of milliseconds, which the person can spend reading the title.
 * When this questionnaire's text was run before, its title card (see {@link TitleCards}) is drawn even before
 * the questionnaire is loaded, which is most of the start-up time; the screen is corrected if the loaded
 * questionnaire says otherwise.
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
        // '@file' is picocli's: the arguments are in that file
        return args.length == 2 && args[0].equals("run") && !args[1].isEmpty() && !args[1].startsWith("-") && !args[1].startsWith("@")
                && !RunOptions.plainByEnvironment(environment);
    }

    /** Shows the title screen when {@link #applies}; otherwise, or when it cannot be shown, does nothing. */
    static FirstScreen show(CliEnvironment environment, String... args) {
        if (!applies(environment, args)) {
            return NONE;
        }
        QuestionnaireCatalog catalog = Questionnaires.catalog(environment);
        TitleCards cards = new TitleCards(XdgDirectories.from(environment.variables()).titleCards());
        Optional<QuestionnaireSource> source = catalog.sourceOf(args[1]);
        Optional<TitleCard> card = source.flatMap(text -> cards.find(text.bytes()));
        TextStyle style = environment.screenStyle(false, false);
        EarlyTitle early = card.flatMap(c -> EarlyTitle.paint(environment.variables().get("TERM"), c, style.color(), style.unicode())).orElse(null);
        // built while the questionnaire loads, which takes longer; after the early title, which needs the cores more
        CompletableFuture<Terminal> terminal = TerminalSession.startBuilding(environment.variables().get("TERM"));
        TerminalSession session = null;
        try {
            if (card.isPresent() && early == null) {
                session = TerminalSession.open(terminal, style, environment.err());
                session.showWelcome(card.get());
            }
            Questionnaire questionnaire = load(catalog, source, args[1]);
            TitleCard loaded = TitleCard.of(questionnaire);
            if (session == null) {
                session = TerminalSession.open(terminal, style, environment.err(), early != null);
                if (early != null) {
                    early.handOver();
                    early = null;
                }
            }
            // over what the card showed: the same, or corrected if the card turned out wrong
            session.showWelcome(loaded);
            if (!card.equals(Optional.of(loaded))) {
                source.filter(text -> text.isFor(questionnaire)).ifPresent(text -> cards.keep(text.bytes(), loaded));
            }
            return new FirstScreen(args[1], questionnaire, session);
        } catch (InvalidFileException | IOException | RuntimeException e) {
            giveBack(early, session, terminal);
            return NONE;
        }
    }

    /** After a failure before 'run' has the screen: leaves the early title, and closes the session or the terminal being built. */
    private static void giveBack(EarlyTitle early, TerminalSession session, CompletableFuture<Terminal> terminal) {
        if (early != null) {
            early.erase();
        }
        if (session != null) {
            session.giveBack();
        } else {
            TerminalSession.discard(terminal);
        }
    }

    /** The questionnaire from the text already read when it is the one asked for; otherwise found as 'run' finds it. */
    private static Questionnaire load(QuestionnaireCatalog catalog, Optional<QuestionnaireSource> source, String reference)
            throws InvalidFileException {
        if (source.isPresent()) {
            Questionnaire questionnaire = catalog.load(source.get());
            if (source.get().isFor(questionnaire)) {
                return questionnaire;
            }
        }
        return catalog.resolve(reference);
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
            session.giveBack();
            session = null;
        }
    }
}
