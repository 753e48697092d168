package org.attune.session;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attune.answers.AnswerValue;
import org.attune.definition.Item;
import org.attune.definition.ResponseOption;
import org.attune.text.ControlCharacters;

/**
 * Turns what a person typed into an answer, or says in one sentence why it is not one. Choices are picked
 * by their number on screen (1, 2, ...), several for a multiple choice ("1 3" or "1,3").
 */
public final class TypedAnswer {

    /** Either an answer or the reason the input is not one. */
    public record Parsed(AnswerValue value, String problem) {
        static Parsed ok(AnswerValue value) {
            return new Parsed(value, null);
        }

        static Parsed problem(String problem) {
            return new Parsed(null, problem);
        }

        public boolean isOk() {
            return value != null;
        }
    }

    private TypedAnswer() {}

    public static Parsed parse(Item item, String typed) {
        String text = typed.strip();
        if (item instanceof Item.SingleChoice choice) {
            return pick(choice.options(), text).map(o -> Parsed.ok(new AnswerValue.Choice(o)))
                    .orElse(Parsed.problem("Type a number from 1 to " + choice.options().size() + "."));
        }
        if (item instanceof Item.MultipleChoice multi) {
            return several(multi.options(), text);
        }
        if (item instanceof Item.YesNo) {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "y", "yes" -> Parsed.ok(new AnswerValue.YesNo(true));
                case "n", "no" -> Parsed.ok(new AnswerValue.YesNo(false));
                default -> Parsed.problem("Type y for yes or n for no.");
            };
        }
        if (item instanceof Item.NumberItem number) {
            return number(number, text);
        }
        if (item instanceof Item.FreeText freeText) {
            if (typed.length() > freeText.maxLength()) {
                return Parsed.problem("That is longer than " + freeText.maxLength() + " characters; please shorten it.");
            }
            if (ControlCharacters.firstForbidden(typed) >= 0) { // a pasted escape sequence must not reach a report or a terminal
                return Parsed.problem("That holds a control character (such as Esc); please type it without one.");
            }
            return text.isEmpty() ? Parsed.problem("Type your answer, or s to skip.") : Parsed.ok(new AnswerValue.Text(typed.strip()));
        }
        return Parsed.problem("This is a text to read; it takes no answer.");
    }

    /** The option with this 1-based number on screen. */
    public static java.util.Optional<ResponseOption> pick(List<ResponseOption> options, String text) {
        try {
            int n = Integer.parseInt(text);
            return n >= 1 && n <= options.size() ? java.util.Optional.of(options.get(n - 1)) : java.util.Optional.empty();
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private static Parsed several(List<ResponseOption> options, String text) {
        List<ResponseOption> picked = new ArrayList<>();
        if (text.equals("0") || text.equalsIgnoreCase("none")) {
            return Parsed.ok(new AnswerValue.Multi(picked));
        }
        for (String part : text.split("[\\s,]+")) {
            var option = pick(options, part);
            if (option.isEmpty()) {
                return Parsed.problem("Type the numbers of the options that apply (1 to " + options.size() + "), such as 1 3, or 0 for none.");
            }
            if (!picked.contains(option.get())) {
                picked.add(option.get());
            }
        }
        return Parsed.ok(new AnswerValue.Multi(picked));
    }

    private static Parsed number(Item.NumberItem item, String text) {
        BigDecimal value;
        try {
            value = new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            return Parsed.problem("Type a number" + range(item) + ".");
        }
        if (item.min().map(min -> value.compareTo(min) < 0).orElse(false) || item.max().map(max -> value.compareTo(max) > 0).orElse(false)) {
            return Parsed.problem(value.toPlainString() + " is outside the range; type a number" + range(item) + ".");
        }
        return Parsed.ok(new AnswerValue.Number(value));
    }

    static String range(Item.NumberItem item) {
        if (item.min().isPresent() && item.max().isPresent()) {
            return " from " + item.min().get().toPlainString() + " to " + item.max().get().toPlainString();
        }
        return item.min().map(m -> " of at least " + m.toPlainString()).orElse(item.max().map(m -> " up to " + m.toPlainString()).orElse(""));
    }
}
