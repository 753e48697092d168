package org.attune.session.terminal;

import java.io.IOError;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.attune.answers.AnswerValue;
import org.attune.definition.Item;
import org.attune.definition.Questionnaire;
import org.attune.definition.Section;
import org.attune.session.Action;
import org.attune.session.Prompter;
import org.attune.session.Question;
import org.attune.session.ReviewChoice;
import org.attune.session.ReviewLine;
import org.attune.session.TitleCard;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.Curses;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;

/**
 * The full-screen session: one question at a time on the terminal's alternate screen, redrawn in place
 * (also when the terminal is resized), driven by single keys, and the finished report in a scrollable
 * view. Closing it always gives the terminal back as it was: cooked mode, cursor visible, the normal screen.
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
    private final AtomicBoolean open = new AtomicBoolean(true);
    /** What {@link #close} writes to leave the screen, in the terminal type's own sequences. */
    private final String leave;
    private volatile Runnable redraw = () -> { };
    private String title = "";
    private Optional<Section> lastSection = Optional.empty();

    public TerminalPrompter(Terminal terminal, boolean color, boolean unicode) {
        this(terminal, color, unicode, false);
    }

    /**
     * With {@code titleShown}, the alternate screen is already up with the title screen on it, written by
     * {@link EarlyTitle}: the first drawing clears it within the same synchronized update, so what was
     * typed meanwhile (echoed then), a resize or a card that turned out wrong leaves nothing behind.
     */
    public TerminalPrompter(Terminal terminal, boolean color, boolean unicode, boolean titleShown) {
        this.terminal = terminal;
        this.styles = new Styles(color);
        this.unicode = unicode;
        this.leave = Curses.tputs(String.join("", capability(terminal, Capability.cursor_normal),
                capability(terminal, Capability.keypad_local), capability(terminal, Capability.exit_ca_mode)));
        this.saved = terminal.enterRawMode();
        // Ctrl-C arrives as a key (and saves) instead of killing the process mid-screen
        Attributes raw = terminal.getAttributes();
        raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
        terminal.setAttributes(raw);
        if (!titleShown) {
            terminal.puts(Capability.enter_ca_mode);
        }
        terminal.puts(Capability.keypad_xmit);
        terminal.puts(Capability.cursor_invisible);
        if (!titleShown) {
            // the alternate screen keeps the shell's cursor position; drawing starts from the top-left
            terminal.puts(Capability.clear_screen);
        }
        terminal.flush();
        this.display = new Display(terminal, true);
        if (titleShown) {
            display.clear();
        }
        this.keys = new KeyReader(terminal);
        terminal.handle(Terminal.Signal.WINCH, signal -> redraw.run());
    }

    @Override
    public boolean welcome(Questionnaire questionnaire, String note) {
        Optional<String> hint = Optional.empty();
        while (true) {
            showWelcome(TitleCard.of(questionnaire), note, hint);
            Key key = keys.next();
            if (key == null || key == Key.QUIT || isCharacter(key, "q")) {
                return false;
            }
            if (key == Key.ENTER || key == Key.SPACE || key == Key.RIGHT) {
                return true;
            }
            hint = Optional.of("Press Enter to begin, or q to leave.");
        }
    }

    /**
     * Draws the title screen without waiting for a key, so it can be up while the rest of the start-up
     * finishes; {@link #welcome} then finds it already drawn and only waits.
     */
    public void showWelcome(TitleCard card, String note) {
        showWelcome(card, note, Optional.empty());
    }

    private void showWelcome(TitleCard card, String note, Optional<String> hint) {
        title = card.title();
        show(canvas -> TitleScreen.draw(canvas, card, note, hint, styles, unicode));
    }

    @Override
    public Action ask(Question question) {
        Item item = question.item();
        Optional<String> intro = introFor(question.section());
        if (item instanceof Item.FreeText text) {
            return askText(question, text, intro);
        }
        QuestionState state = new QuestionState(item, question.current());
        while (true) {
            show(canvas -> drawQuestion(canvas, question, state, intro));
            Key key = keys.next();
            // while typing a number, letters and left/right are text editing: only Ctrl keys are commands
            boolean command = !state.typing() || state.empty();
            if (key == null || key == Key.QUIT || (isCharacter(key, "q") && !state.typing())) {
                return new Action.Quit();
            }
            if (key == Key.BACK || (key == Key.LEFT && command) || (isCharacter(key, "b") && !state.typing())) {
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

    /** A section's introduction, shown with the first screen of that section the person comes to. */
    private Optional<String> introFor(Section section) {
        boolean entering = lastSection.map(s -> !s.equals(section)).orElse(true);
        lastSection = Optional.of(section);
        return entering && !section.intro().isEmpty() ? Optional.of(section.intro()) : Optional.empty();
    }

    /** Free text goes through JLine's line editor, below the question. */
    private Action askText(Question question, Item.FreeText item, Optional<String> intro) {
        Optional<String> problem = Optional.empty();
        String typed = question.current().map(AnswerValue::display).orElse("");
        while (true) {
            Optional<String> shown = problem;
            QuestionState state = new QuestionState(item, question.current());
            show(canvas -> {
                drawQuestion(canvas, question, state, intro);
                shown.ifPresent(p -> canvas.text(p, styles.notice()));
                canvas.blank();
            });
            terminal.puts(Capability.cursor_normal);
            FreeTextEditor.Result result = new FreeTextEditor(terminal).edit(item, typed, unicode ? "\u276f " : "> ");
            terminal.puts(Capability.cursor_invisible);
            // the editor drew below the screen; start the next screen from a clean slate
            terminal.puts(Capability.clear_screen);
            display.clear();
            if (result.action().isPresent()) {
                return result.action().get();
            }
            problem = result.problem();
            typed = result.typed();
        }
    }

    @Override
    public ReviewChoice review(Questionnaire questionnaire, List<ReviewLine> lines) {
        int selected = 0; // 0 is "Finish"; n is review line n
        String number = "";
        Optional<String> hint = Optional.empty();
        while (true) {
            int current = selected;
            Optional<String> shownHint = hint;
            show(canvas -> drawReview(canvas, lines, current, shownHint));
            Key key = keys.next();
            hint = Optional.empty();
            if (key == null || key == Key.QUIT || isCharacter(key, "q")) {
                return new ReviewChoice.Quit();
            }
            if (key == Key.CHARACTER && keys.typed().matches("[0-9]")) {
                // digits jump to a question: "1" then "2" reaches 12 when there are that many
                number = Integer.parseInt(number + keys.typed()) <= lines.size() ? number + keys.typed() : keys.typed();
                int n = Integer.parseInt(number);
                if (n >= 1 && n <= lines.size()) {
                    selected = n;
                }
                continue;
            }
            number = "";
            int page = Math.max(1, terminal.getSize().getRows() - 8);
            if (key == Key.LEFT || key == Key.BACK || isCharacter(key, "b")) {
                return new ReviewChoice.Back();
            } else if (key == Key.UP || isCharacter(key, "k")) {
                selected = Math.max(0, selected - 1);
            } else if (key == Key.DOWN || isCharacter(key, "j")) {
                selected = Math.min(lines.size(), selected + 1);
            } else if (key == Key.PAGE_UP) {
                selected = Math.max(0, selected - page);
            } else if (key == Key.PAGE_DOWN) {
                selected = Math.min(lines.size(), selected + page);
            } else if (key == Key.HOME) {
                selected = 0;
            } else if (key == Key.END) {
                selected = lines.size();
            } else if (isCharacter(key, "f")) {
                return new ReviewChoice.Finish();
            } else if (key == Key.ENTER || key == Key.RIGHT) {
                return selected == 0 ? new ReviewChoice.Finish() : new ReviewChoice.Change(lines.get(selected - 1).item().id());
            } else {
                hint = Optional.of("Type a question's number or move to it, then press Enter to change it; f finishes.");
            }
        }
    }

    /**
     * The finished report, scrollable, until the person closes it. {@code render} gives the report's
     * lines (with ANSI styles) for a width, and is called again when the terminal is resized.
     */
    public void showReport(IntFunction<List<String>> render) {
        int top = 0;
        while (true) {
            int requested = top;
            int[] shownTop = new int[1];
            showLines(() -> {
                List<String> report = render.apply(Math.max(MIN_COLUMNS, terminal.getSize().getColumns() - 1));
                int room = Math.max(1, terminal.getSize().getRows() - 2);
                int first = Math.max(0, Math.min(requested, report.size() - room));
                shownTop[0] = first;
                List<String> lines = new ArrayList<>(report.subList(first, Math.min(report.size(), first + room)));
                String position = report.size() <= room ? "all of it" : (first + room >= report.size() ? "the end" : "line " + (first + 1) + " of " + report.size());
                lines.add("");
                lines.add(new AttributedString("Your report (" + position + ") " + dot() + " " + arrows() + " PgUp PgDn Home End scroll " + dot()
                        + " q or Enter close", styles.dim()).toAnsi(terminal));
                return lines;
            });
            top = shownTop[0];
            Key key = keys.next();
            int page = Math.max(1, terminal.getSize().getRows() - 3);
            if (key == null || key == Key.QUIT || key == Key.ENTER || isCharacter(key, "q")) {
                return;
            } else if (key == Key.UP || isCharacter(key, "k")) {
                top = Math.max(0, top - 1);
            } else if (key == Key.DOWN || isCharacter(key, "j")) {
                top++;
            } else if (key == Key.PAGE_UP || isCharacter(key, "b")) {
                top = Math.max(0, top - page);
            } else if (key == Key.PAGE_DOWN || key == Key.SPACE) {
                top += page;
            } else if (key == Key.HOME) {
                top = 0;
            } else if (key == Key.END) {
                top = Integer.MAX_VALUE / 2;
            }
        }
    }

    /**
     * Writes lines that already carry their styles (ANSI), whole, now and on every resize. The report is
     * written this way rather than through the screen differ, which would turn its box-drawing lines into
     * the terminal's alternate character set (shown as q and x in screen captures and copied text).
     */
    private synchronized void showLines(java.util.function.Supplier<List<String>> lines) {
        if (!open.get()) {
            return;
        }
        Runnable draw = () -> {
            synchronized (this) {
                if (open.get()) {
                    display.clear();
                    terminal.puts(Capability.clear_screen);
                    terminal.writer().print(String.join("\r\n", lines.get()));
                    terminal.flush();
                }
            }
        };
        redraw = draw;
        draw.run();
    }

    /** Gives the terminal back; safe to call from a signal's shutdown hook while a screen is being drawn. */
    @Override
    public void close() {
        if (!open.compareAndSet(true, false)) {
            return;
        }
        redraw = () -> { };
        synchronized (this) {
            terminal.handle(Terminal.Signal.WINCH, Terminal.SignalHandler.SIG_DFL);
            terminal.writer().write(leave);
            terminal.setAttributes(saved);
            terminal.flush();
        }
    }

    /**
     * Gives the terminal back as the process ends: as {@link #close} does, and then once more straight to
     * {@code out}, the stream under the terminal, since the terminal library's own shutdown hook, running beside
     * this one, may have closed the terminal first and dropped what close wrote. Leaving the screen twice
     * changes nothing.
     */
    public void closeAtExit(OutputStream out) {
        try {
            close();
        } catch (IllegalStateException | IOError closedFirst) {
            // what close could not write is written below; the library gives back the terminal's modes itself
        }
        synchronized (this) {
            try {
                out.write(leave.getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException e) {
                // the terminal is gone; there is nothing left to give back
            }
        }
    }

    private static String capability(Terminal terminal, Capability capability) {
        String sequence = terminal.getStringCapability(capability);
        return sequence == null ? "" : sequence;
    }

    /** Draws a screen now and again whenever the terminal is resized. */
    private synchronized void show(Consumer<Canvas> draw) {
        if (!open.get()) {
            return;
        }
        redraw = () -> {
            synchronized (this) {
                if (open.get()) {
                    display.clear();
                    render(draw);
                }
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
        List<AttributedString> lines = screenLines(draw, columns, rows, styles);
        // the cursor rests on the last line, where a line editor can take over
        display.update(lines, drawable.cursorPos(lines.size() - 1, 0));
        terminal.flush();
    }

    /** The lines of one screen of this size. */
    static List<AttributedString> screenLines(Consumer<Canvas> draw, int columns, int rows, Styles styles) {
        Canvas canvas = new Canvas(columns);
        if (columns < MIN_COLUMNS || rows < MIN_ROWS) {
            // too small to show a question: say so, and redraw the question when the window grows
            canvas.text("Please make this window bigger (q saves and stops).", styles.notice());
        } else {
            draw.accept(canvas);
        }
        return canvas.fit(Math.max(1, rows), styles.dim());
    }

    private void drawQuestion(Canvas canvas, Question question, QuestionState state, Optional<String> intro) {
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
        intro.ifPresent(text -> {
            canvas.blank();
            canvas.text(text, styles.notice());
        });
        canvas.blank();
        canvas.text(item.text(), styles.strong());
        canvas.blank();
        canvas.focusHere();
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
        String hints = String.join(" " + dot() + " ", state.hints(item, question.progress().number() > 1, unicode));
        if (item instanceof Item.FreeText) {
            // the line editor takes over below the screen, so the keys stay above it
            canvas.blank();
            canvas.text(hints, styles.dim());
        } else {
            canvas.footer(hints, styles.dim());
        }
    }

    private void drawReview(Canvas canvas, List<ReviewLine> lines, int selected, Optional<String> hint) {
        canvas.text(title + "  " + dot() + "  Review", styles.dim());
        canvas.blank();
        canvas.text("Check your answers. Pick one to change it, or finish to see your report.", styles.strong());
        canvas.blank();
        String pointer = unicode ? "\u276f " : "> ";
        if (selected == 0) {
            canvas.focusHere();
        }
        canvas.wrapped(selected == 0 ? pointer : "  ", "Finish and see the report", selected == 0 ? styles.selected() : styles.plain());
        canvas.blank();
        for (ReviewLine line : lines) {
            boolean on = selected == line.number();
            if (on) {
                canvas.focusHere();
            }
            canvas.wrapped((on ? pointer : "  ") + line.number() + ". ", line.item().text() + "  " + dot() + "  " + line.answerText(),
                    on ? styles.selected() : styles.plain());
        }
        hint.ifPresent(h -> canvas.footer(h, styles.notice()));
        canvas.footer(arrows() + " PgUp PgDn move " + dot() + " number jump " + dot() + " Enter change " + dot() + " f finish " + dot()
                + " b back " + dot() + " q save and stop", styles.dim());
    }

    private String dot() {
        return dot(unicode);
    }

    /** The separator between key hints. */
    static String dot(boolean unicode) {
        return unicode ? "\u00b7" : "-";
    }

    private String arrows() {
        return unicode ? "\u2191\u2193" : "up/down";
    }

    private boolean isCharacter(Key key, String character) {
        return key == Key.CHARACTER && character.equalsIgnoreCase(keys.typed());
    }
}
