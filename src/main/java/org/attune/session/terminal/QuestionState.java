package org.attune.session.terminal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attune.answers.AnswerValue;
import org.attune.definition.Item;
import org.attune.definition.ResponseOption;
import org.attune.session.Action;
import org.attune.session.TypedAnswer;

/**
 * What is selected or typed on one question screen, and how each key changes it. The answer given
 * before is pre-selected (or pre-filled) when a person comes back to a question.
 */
final class QuestionState {
    private final Item item;
    private final List<ResponseOption> options;
    private final Set<Integer> checked = new LinkedHashSet<>();
    /** Declined before: shown as the current answer, and kept by Enter until another key is pressed. */
    private boolean declined;
    private final StringBuilder typed = new StringBuilder();
    /** The selected option, or for a typed answer the position of the caret in the text. */
    private int cursor;
    static final int MAX_TYPED = 40;
    boolean help;
    Optional<String> problem = Optional.empty();

    QuestionState(Item item, Optional<AnswerValue> current) {
        this.item = item;
        this.options = item.options();
        this.declined = current.filter(a -> a instanceof AnswerValue.Declined).isPresent();
        current.filter(a -> !declined).ifPresent(this::preselect);
    }

    private void preselect(AnswerValue value) {
        if (value instanceof AnswerValue.Choice choice) {
            cursor = Math.max(0, options.indexOf(choice.option()));
        } else if (value instanceof AnswerValue.Multi multi) {
            multi.options().forEach(o -> checked.add(options.indexOf(o)));
        } else if (value instanceof AnswerValue.YesNo yesNo) {
            cursor = yesNo.yes() ? 0 : 1;
        } else {
            typed.append(value.display());
            cursor = typed.length();
        }
    }

    /** "Prefer not to answer" has its own key, d, on every kind but free text (where d is a letter of the answer). */
    private boolean offersDecline() {
        return item.isQuestion() && item.common().declinable() && !(item instanceof Item.FreeText);
    }

    /** Numbers and text are typed; every other kind is picked with single keys. */
    boolean typing() {
        return item instanceof Item.NumberItem || item instanceof Item.FreeText;
    }

    boolean empty() {
        return typed.length() == 0;
    }

    /** Applies one key; an action when the key finishes the question. A key that does nothing here shows a hint. */
    Optional<Action> handle(Key key, String character) {
        problem = Optional.empty();
        boolean keepDeclined = declined;
        declined = false;
        if (keepDeclined && key == Key.ENTER) {
            return Optional.of(new Action.Answered(new AnswerValue.Declined()));
        }
        if (!item.isQuestion()) {
            if (key == Key.ENTER || key == Key.SPACE || key == Key.RIGHT) {
                return Optional.of(new Action.Continue());
            }
            problem = Optional.of("Press Enter to go on.");
            return Optional.empty();
        }
        if (key == Key.CHARACTER && "d".equalsIgnoreCase(character) && offersDecline()) {
            return Optional.of(new Action.Answered(new AnswerValue.Declined()));
        }
        if (typing()) {
            return type(key, character);
        }
        int count = item instanceof Item.YesNo ? 2 : options.size();
        if (keepDeclined && (key == Key.UP || key == Key.DOWN)) {
            // the decline is drawn below the last option: up goes to the last, down wraps round to the first
            cursor = key == Key.UP ? count - 1 : 0;
            return Optional.empty();
        }
        if (key == Key.UP || (key == Key.CHARACTER && "k".equals(character))) {
            cursor = (cursor + count - 1) % count;
        } else if (key == Key.DOWN || (key == Key.CHARACTER && "j".equals(character))) {
            cursor = (cursor + 1) % count;
        } else if (key == Key.HOME || key == Key.PAGE_UP) {
            cursor = 0;
        } else if (key == Key.END || key == Key.PAGE_DOWN) {
            cursor = count - 1;
        } else if (item instanceof Item.YesNo && key == Key.CHARACTER && ("y".equalsIgnoreCase(character) || "n".equalsIgnoreCase(character))) {
            return Optional.of(new Action.Answered(new AnswerValue.YesNo("y".equalsIgnoreCase(character))));
        } else if (key == Key.CHARACTER && character.matches("[1-9]") && Integer.parseInt(character) <= count && !(item instanceof Item.YesNo)) {
            int picked = Integer.parseInt(character) - 1;
            if (item instanceof Item.MultipleChoice) {
                toggle(picked);
                cursor = picked;
            } else {
                return Optional.of(new Action.Answered(new AnswerValue.Choice(options.get(picked))));
            }
        } else if (key == Key.SPACE && item instanceof Item.MultipleChoice) {
            toggle(cursor);
        } else if (key == Key.ENTER || key == Key.RIGHT) {
            return Optional.of(new Action.Answered(selected()));
        } else {
            problem = Optional.of(uselessKey());
        }
        return Optional.empty();
    }

    /** A short hint for a key that does nothing on this question. */
    private String uselessKey() {
        if (item instanceof Item.YesNo) {
            return "Type y or n, or pick with the arrows and Enter.";
        }
        if (item instanceof Item.MultipleChoice) {
            return "Tick with space or 1-" + options.size() + ", then press Enter.";
        }
        return "Type 1-" + options.size() + ", or pick with the arrows and Enter.";
    }

    /** A number typed in place, edited where the caret is (free text has its own line editor). */
    private Optional<Action> type(Key key, String character) {
        if (key == Key.BACKSPACE && cursor > 0) {
            typed.deleteCharAt(--cursor);
        } else if (key == Key.LEFT) {
            cursor = Math.max(0, cursor - 1);
        } else if (key == Key.RIGHT) {
            cursor = Math.min(typed.length(), cursor + 1);
        } else if (key == Key.HOME) {
            cursor = 0;
        } else if (key == Key.END) {
            cursor = typed.length();
        } else if (key == Key.CHARACTER || key == Key.SPACE) {
            if (typed.length() >= MAX_TYPED) {
                problem = Optional.of("That is as long as an answer here can be; press Enter or shorten it.");
            } else {
                typed.insert(cursor++, key == Key.SPACE ? " " : character);
            }
        } else if (key == Key.ENTER) {
            String text = typed.toString();
            if (text.isBlank()) {
                return Optional.of(new Action.Skip());
            }
            TypedAnswer.Parsed parsed = TypedAnswer.parse(item, text.strip());
            if (parsed.isOk()) {
                return Optional.of(new Action.Answered(parsed.value()));
            }
            problem = Optional.of(parsed.problem());
        } else if (key != Key.BACKSPACE) {
            problem = Optional.of("Type a number and press Enter.");
        }
        return Optional.empty();
    }

    private void toggle(int index) {
        if (!checked.remove(index)) {
            checked.add(index);
        }
    }

    private AnswerValue selected() {
        if (item instanceof Item.YesNo) {
            return new AnswerValue.YesNo(cursor == 0);
        }
        if (item instanceof Item.MultipleChoice) {
            List<ResponseOption> picked = new ArrayList<>();
            for (int i = 0; i < options.size(); i++) {
                if (checked.contains(i)) {
                    picked.add(options.get(i));
                }
            }
            return new AnswerValue.Multi(picked);
        }
        return new AnswerValue.Choice(options.get(cursor));
    }

    void draw(Canvas canvas, Styles styles, boolean unicode) {
        String pointer = unicode ? "\u276f " : "> ";
        int cursor = declined ? -1 : this.cursor;
        if (item instanceof Item.YesNo) {
            focusIf(canvas, cursor == 0);
            canvas.wrapped(cursor == 0 ? pointer : "  ", "y  Yes", cursor == 0 ? styles.selected() : styles.plain());
            focusIf(canvas, cursor == 1);
            canvas.wrapped(cursor == 1 ? pointer : "  ", "n  No", cursor == 1 ? styles.selected() : styles.plain());
        } else if (item instanceof Item.MultipleChoice) {
            for (int i = 0; i < options.size(); i++) {
                String box = checked.contains(i) ? (unicode ? "\u25c9 " : "[x] ") : (unicode ? "\u25cb " : "[ ] ");
                focusIf(canvas, cursor == i);
                canvas.wrapped((cursor == i ? pointer : "  ") + (i + 1) + "  " + box, options.get(i).label(), cursor == i ? styles.selected() : styles.plain());
            }
        } else if (item instanceof Item.SingleChoice) {
            for (int i = 0; i < options.size(); i++) {
                focusIf(canvas, cursor == i);
                canvas.wrapped((cursor == i ? pointer : "  ") + (i + 1) + "  ", options.get(i).label(), cursor == i ? styles.selected() : styles.plain());
            }
        } else if (item instanceof Item.NumberItem) {
            // the caret is drawn in inverse video over the character it stands on
            canvas.line(new org.jline.utils.AttributedStringBuilder()
                    .append(pointer, styles.selected())
                    .append(typed.substring(0, this.cursor), styles.selected())
                    .append(this.cursor < typed.length() ? typed.substring(this.cursor, this.cursor + 1) : " ", styles.selected().inverse())
                    .append(this.cursor < typed.length() ? typed.substring(this.cursor + 1) : "", styles.selected())
                    .toAttributedString());
        }
        if (offersDecline()) {
            focusIf(canvas, declined);
            canvas.wrapped(declined ? pointer + "d  " : "  d  ", new AnswerValue.Declined().display(), declined ? styles.selected() : styles.dim());
        }
    }

    /** On a screen too short for every option, the selected one is kept in view. */
    private static void focusIf(Canvas canvas, boolean selected) {
        if (selected) {
            canvas.focusHere();
        }
    }

    /** The keys that work here, in the order people need them. */
    List<String> hints(Item item, boolean canGoBack, boolean unicode) {
        String left = unicode ? "\u2190" : "left";
        List<String> hints = new ArrayList<>();
        boolean optional = item.isQuestion() && !item.common().required();
        if (!item.isQuestion()) {
            hints.add("Enter continue");
        } else if (item instanceof Item.YesNo) {
            hints.add("y yes");
            hints.add("n no");
        } else if (item instanceof Item.MultipleChoice) {
            hints.add("up/down move");
            hints.add("space or 1-" + options.size() + " tick");
            hints.add("Enter confirm");
        } else if (item instanceof Item.SingleChoice) {
            hints.add("up/down move");
            hints.add("1-" + options.size() + " pick");
            hints.add("Enter confirm");
        } else {
            hints.add(item instanceof Item.FreeText text && text.multiline() ? "Enter new line, Enter on an empty line to finish" : "Enter save");
            if (optional) {
                hints.add("empty Enter skip");
            }
        }
        if (item instanceof Item.NumberItem) {
            hints.add((unicode ? "\u2190\u2192" : "left/right") + " move in the number");
        }
        if (canGoBack) {
            hints.add(item instanceof Item.FreeText ? "Ctrl-B back" : typing() ? "Ctrl-B (or " + left + " when empty) back" : left + " or b back");
        }
        if (optional && !typing()) {
            hints.add("s skip");
        }
        if (offersDecline()) {
            hints.add("d prefer not to answer");
        }
        if (!item.common().help().isEmpty()) {
            hints.add("? help");
        }
        hints.add(typing() ? "Ctrl-C save and stop" : "q save and stop");
        return hints;
    }
}
