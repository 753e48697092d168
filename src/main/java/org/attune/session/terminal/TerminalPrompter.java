package org.attune.session.terminal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.attune.definition.Item;
import org.attune.definition.Questionnaire;
import org.attune.session.Action;
import org.attune.session.Prompter;
import org.attune.session.Question;
import org.attune.session.ReviewChoice;
import org.attune.session.ReviewLine;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;

/**
 * The full-screen session: one question at a time on the terminal's alternate screen, redrawn in place
 * (also when the terminal is resized), driven by single keys. Closing it always gives the terminal back
 * as it was: cooked mode, cursor visible, the normal screen.
 */
public final class TerminalPrompter implements Prompter, AutoCloseable {
    static final int MIN_COLUMNS = 20;
    static final int MIN_ROWS = 8;
    private final Terminal terminal;
    private final Attributes saved;
    private final Display display;
    private final KeyReader keys;
    private final Styles styles;
    private final boolean unicode;
    private final java.util.concurrent.atomic.AtomicBoolean open = new java.util.concurrent.atomic.AtomicBoolean(true);
    private volatile Runnable redraw = () -> { };
    private String title = "";

    public TerminalPrompter(Terminal terminal, boolean color, boolean unicode) {
        this.terminal = terminal;
        this.styles = new Styles(color);
        this.unicode = unicode;
        this.saved = terminal.enterRawMode();
        // Ctrl-C arrives as a key (and saves) instead of killing the process mid-screen
        Attributes raw = terminal.getAttributes();
        raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
        terminal.setAttributes(raw);
        terminal.puts(Capability.enter_ca_mode);
        terminal.puts(Capability.keypad_xmit);
        terminal.puts(Capability.cursor_invisible);
        terminal.flush();
        this.display = new Display(terminal, true);
        this.keys = new KeyReader(terminal);
        terminal.handle(Terminal.Signal.WINCH, signal -> redraw.run());
    }

    @Override
    public boolean welcome(Questionnaire questionnaire, String note) {
        title = questionnaire.header().title();
        int questions = questionnaire.questions().size();
        while (true) {
            show(canvas -> {
                canvas.text(questionnaire.header().title(), styles.strong());
                canvas.blank();
                if (!questionnaire.header().description().isEmpty()) {
                    canvas.text(questionnaire.header().description(), styles.plain());
                    canvas.blank();
                }
                if (!questionnaire.header().instructions().isEmpty()) {
                    canvas.text(questionnaire.header().instructions(), styles.plain());
                    canvas.blank();
                }
                int minutes = questionnaire.header().estimatedMinutes();
                canvas.text("About " + minutes + (minutes == 1 ? " minute" : " minutes") + ", up to " + questions + " questions. "
                        + "Every answer is saved as you give it.", styles.dim());
                if (!note.isEmpty()) {
                    canvas.blank();
                    canvas.text(note, styles.notice());
                }
                canvas.blank();
                canvas.text("Enter begin " + dot() + " q save and stop", styles.dim());
            });
            Key key = keys.next();
            if (key == null || key == Key.QUIT || isCharacter(key, "q")) {
                return false;
            }
            if (key == Key.ENTER || key == Key.SPACE || key == Key.RIGHT) {
                return true;
            }
        }
    }

    @Override
    public Action ask(Question question) {
        Item item = question.item();
        if (item instanceof Item.FreeText text) {
            return askText(question, text);
        }
        QuestionState state = new QuestionState(item, question.current());
        while (true) {
            show(canvas -> drawQuestion(canvas, question, state));
            Key key = keys.next();
            // while typing a number or text, letters are text: only arrows and Ctrl keys are commands
            boolean command = !state.typing() || state.empty();
            if (key == null || key == Key.QUIT || (isCharacter(key, "q") && !state.typing())) {
                return new Action.Quit();
            }
            if (key == Key.LEFT || (isCharacter(key, "b") && !state.typing())) {
                return new Action.Back();
            }
            if (isCharacter(key, "?") && command) {
                state.help = !state.help;
                continue;
            }
            if (isCharacter(key, "s") && !state.typing() && item.isQuestion()) {
                return new Action.Skip();
            }
            Optional<Action> action = state.handle(key, keys.typed());
            if (action.isPresent()) {
                return action.get();
            }
        }
    }

    /** Free text goes through JLine's line editor, below the question. */
    private Action askText(Question question, Item.FreeText item) {
        Optional<String> problem = Optional.empty();
        while (true) {
            Optional<String> shown = problem;
            QuestionState state = new QuestionState(item, question.current());
            show(canvas -> {
                drawQuestion(canvas, question, state);
                shown.ifPresent(p -> canvas.text(p, styles.notice()));
                canvas.blank();
            });
            terminal.puts(Capability.cursor_visible);
            FreeTextEditor.Result result = new FreeTextEditor(terminal).edit(item, question.current(), unicode ? "\u276f " : "> ");
            terminal.puts(Capability.cursor_invisible);
            // the editor drew below the screen; start the next screen from a clean slate
            terminal.puts(Capability.clear_screen);
            display.clear();
            if (result.action().isPresent()) {
                return result.action().get();
            }
            problem = result.problem();
        }
    }

    @Override
    public ReviewChoice review(Questionnaire questionnaire, List<ReviewLine> lines) {
        int selected = 0; // 0 is "Finish"; n is review line n
        while (true) {
            int current = selected;
            show(canvas -> drawReview(canvas, lines, current));
            Key key = keys.next();
            if (key == null || key == Key.QUIT || isCharacter(key, "q")) {
                return new ReviewChoice.Quit();
            }
            if (key == Key.LEFT || isCharacter(key, "b")) {
                return new ReviewChoice.Back();
            }
            if (key == Key.UP || isCharacter(key, "k")) {
                selected = Math.max(0, selected - 1);
            } else if (key == Key.DOWN || isCharacter(key, "j")) {
                selected = Math.min(lines.size(), selected + 1);
            } else if (isCharacter(key, "f")) {
                return new ReviewChoice.Finish();
            } else if (key == Key.ENTER) {
                return selected == 0 ? new ReviewChoice.Finish() : new ReviewChoice.Change(lines.get(selected - 1).item().id());
            }
        }
    }

    @Override
    public void close() {
        if (!open.compareAndSet(true, false)) {
            return;
        }
        redraw = () -> { };
        terminal.handle(Terminal.Signal.WINCH, Terminal.SignalHandler.SIG_DFL);
        terminal.puts(Capability.cursor_visible);
        terminal.puts(Capability.keypad_local);
        terminal.puts(Capability.exit_ca_mode);
        terminal.setAttributes(saved);
        terminal.flush();
    }

    /** Draws a screen now and again whenever the terminal is resized. */
    private synchronized void show(Consumer<Canvas> draw) {
        redraw = () -> {
            synchronized (this) {
                display.clear();
                render(draw);
            }
        };
        render(draw);
    }

    private void render(Consumer<Canvas> draw) {
        Size size = terminal.getSize();
        int columns = size.getColumns();
        int rows = size.getRows();
        Size drawable = Size.of(Math.max(1, columns), Math.max(1, rows));
        display.resize(drawable);
        Canvas canvas = new Canvas(columns);
        if (columns < MIN_COLUMNS || rows < MIN_ROWS) {
            // too small to show a question: say so, and redraw the question when the window grows
            canvas.text("Please make this window bigger (q saves and stops).", styles.notice());
        } else {
            draw.accept(canvas);
        }
        List<AttributedString> lines = new ArrayList<>(canvas.lines());
        if (lines.size() > rows) {
            lines = new ArrayList<>(lines.subList(0, rows - 1));
            lines.add(new AttributedString("...", styles.dim()));
        }
        // the cursor rests on the last line, where a line editor can take over
        display.update(lines, drawable.cursorPos(lines.size() - 1, 0));
        terminal.flush();
    }

    private void drawQuestion(Canvas canvas, Question question, QuestionState state) {
        Item item = question.item();
        canvas.text((title.isEmpty() ? "" : title + "  " + dot() + "  ") + question.section().title(), styles.dim());
        int cells = 20;
        int filled = question.progress().filled(cells);
        canvas.line(new AttributedStringBuilder()
                .append(item.isQuestion() ? "Question " + question.progress().number() + " of " + question.progress().total() + "  "
                        : "Please read  ", styles.plain())
                .append((unicode ? "\u2588" : "#").repeat(filled), styles.progress())
                .append((unicode ? "\u2591" : ".").repeat(cells - filled), styles.dim())
                .toAttributedString());
        canvas.blank();
        canvas.text(item.text(), styles.strong());
        canvas.blank();
        state.draw(canvas, styles, unicode);
        question.notice().ifPresent(n -> {
            canvas.blank();
            canvas.text(n, styles.notice());
        });
        state.problem.ifPresent(p -> {
            canvas.blank();
            canvas.text(p, styles.notice());
        });
        if (state.help) {
            canvas.blank();
            canvas.text(item.common().help().isEmpty() ? "There is no extra help for this question." : item.common().help(), styles.plain());
        }
        canvas.blank();
        canvas.text(String.join(" " + dot() + " ", state.hints(item, question.progress().number() > 1)), styles.dim());
    }

    private void drawReview(Canvas canvas, List<ReviewLine> lines, int selected) {
        canvas.text(title + "  " + dot() + "  Review", styles.dim());
        canvas.blank();
        canvas.text("Check your answers. Pick one to change it, or finish to see your report.", styles.strong());
        canvas.blank();
        String pointer = unicode ? "\u276f " : "> ";
        canvas.wrapped(selected == 0 ? pointer : "  ", "Finish and see the report", selected == 0 ? styles.selected() : styles.plain());
        canvas.blank();
        // keep the selected line on screen when the list is longer than the terminal
        int room = Math.max(3, terminal.getSize().getRows() - 10);
        int first = Math.max(0, Math.min(selected - 1 - room / 2, lines.size() - room));
        for (int i = first; i < Math.min(lines.size(), first + room); i++) {
            ReviewLine line = lines.get(i);
            boolean on = selected == i + 1;
            canvas.wrapped((on ? pointer : "  ") + line.number() + ". ", line.item().text() + "  " + dot() + "  " + line.answerText(),
                    on ? styles.selected() : styles.plain());
        }
        canvas.blank();
        canvas.text(arrows() + " move " + dot() + " Enter choose " + dot() + " f finish " + dot() + " b back " + dot() + " q save and stop", styles.dim());
    }

    private String dot() {
        return unicode ? "\u00b7" : "-";
    }

    private String arrows() {
        return unicode ? "\u2191\u2193" : "up/down";
    }

    private boolean isCharacter(Key key, String character) {
        return key == Key.CHARACTER && character.equalsIgnoreCase(keys.typed());
    }
}
