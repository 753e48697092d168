package org.attune.cli;

import java.io.IOException;
import java.util.List;
import org.attune.definition.Questionnaire;
import org.attune.report.TextStyle;
import org.attune.session.Action;
import org.attune.session.Prompter;
import org.attune.session.Question;
import org.attune.session.ReviewChoice;
import org.attune.session.ReviewLine;
import org.attune.session.terminal.TerminalPrompter;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The full-screen prompter on the real terminal. The terminal is built only here, so commands that do not
 * ask questions never load it; a shutdown hook gives the terminal back even when the process is stopped.
 */
final class TerminalSession implements Prompter, AutoCloseable {
    private final Terminal terminal;
    private final TerminalPrompter prompter;
    private final Thread restore;

    private TerminalSession(Terminal terminal, TextStyle style) {
        this.terminal = terminal;
        this.prompter = new TerminalPrompter(terminal, style.color(), style.unicode());
        this.restore = new Thread(prompter::close, "attune-restore-terminal");
        Runtime.getRuntime().addShutdownHook(restore);
    }

    static Prompter prompter(CliEnvironment environment, boolean noColor, boolean ascii) throws IOException {
        Terminal terminal = TerminalBuilder.builder().system(true).name("attune").build();
        return new TerminalSession(terminal, environment.textStyle(noColor, ascii, false));
    }

    static void close(AutoCloseable closeable) throws IOException {
        try {
            closeable.close();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
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

    @Override
    public void tell(String message) {
        prompter.tell(message);
    }

    @Override
    public void close() throws IOException {
        prompter.close();
        terminal.close();
        try {
            Runtime.getRuntime().removeShutdownHook(restore);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down; the hook restores the terminal
        }
    }
}
