package org.attune.session.terminal;

import java.util.Optional;
import org.attune.definition.Item;
import org.attune.session.Action;
import org.attune.session.TypedAnswer;
import org.jline.keymap.KeyMap;
import org.jline.reader.EOFError;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;

/**
 * Free-text answers through JLine's line editor (cursor keys, word moves, undo). A multi-line item
 * takes new lines until an empty one; Ctrl-B goes back, Ctrl-C or Ctrl-D saves and stops.
 */
final class FreeTextEditor {
    private static final String BACK = "attune-back";
    private static final String QUIT = "attune-quit";
    private final Terminal terminal;

    FreeTextEditor(Terminal terminal) {
        this.terminal = terminal;
    }

    /**
     * An answer, a skip (empty input on an optional item), back or quit; or a problem to show, with the
     * text as typed so it can be edited again instead of typed anew.
     */
    Result edit(Item.FreeText item, String initial, String prompt) {
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .parser(item.multiline() ? new UntilEmptyLine() : new DefaultParser())
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, " ".repeat(prompt.length()))
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .build();
        // a widget that throws ends readLine at once; the editor still restores the terminal on its way out
        reader.getWidgets().put(BACK, () -> {
            throw new Stop(new Action.Back());
        });
        reader.getWidgets().put(QUIT, () -> {
            throw new Stop(new Action.Quit());
        });
        reader.getKeyMaps().get(LineReader.MAIN).bind(new Reference(BACK), KeyMap.ctrl('B'));
        reader.getKeyMaps().get(LineReader.MAIN).bind(new Reference(QUIT), KeyMap.ctrl('C'));
        String text;
        try {
            text = reader.readLine(prompt, null, (Character) null, initial);
        } catch (Stop stop) {
            return new Result(Optional.of(stop.action), Optional.empty(), "");
        } catch (UserInterruptException | EndOfFileException e) {
            return new Result(Optional.of(new Action.Quit()), Optional.empty(), "");
        }
        if (text.isBlank()) {
            return new Result(Optional.of(new Action.Skip()), Optional.empty(), "");
        }
        TypedAnswer.Parsed parsed = TypedAnswer.parse(item, text.strip());
        return parsed.isOk() ? new Result(Optional.of(new Action.Answered(parsed.value())), Optional.empty(), text)
                : new Result(Optional.empty(), Optional.of(parsed.problem()), text);
    }

    record Result(Optional<Action> action, Optional<String> problem, String typed) {}

    /** Thrown by the back and quit keys to leave the editor. */
    private static final class Stop extends RuntimeException {
        private final transient Action action;

        Stop(Action action) {
            super(null, null, false, false);
            this.action = action;
        }
    }

    /** Enter adds a line; Enter on an empty last line (or on an empty text) finishes. */
    private static final class UntilEmptyLine implements Parser {
        private final DefaultParser lines = new DefaultParser();

        @Override
        public ParsedLine parse(String line, int cursor, ParseContext context) {
            if (context == ParseContext.ACCEPT_LINE && !line.isBlank() && !line.endsWith("\n")) {
                throw new EOFError(-1, cursor, "an empty line ends the answer");
            }
            return lines.parse(line, cursor, context);
        }
    }
}
