package org.attune.answers;

import java.math.BigDecimal;
import java.util.List;
import org.attune.condition.Value;
import org.attune.definition.ResponseOption;

/** One given answer, already matched to the item's options. */
public sealed interface AnswerValue
        permits AnswerValue.Choice, AnswerValue.Multi, AnswerValue.YesNo, AnswerValue.Number, AnswerValue.Text,
        AnswerValue.Declined {

    /** What {@code answers.ID} holds in conditions (see docs/questionnaire-format.md#conditions). */
    Value conditionValue();

    /** How the answer reads back to the person who gave it. */
    String display();

    record Choice(ResponseOption option) implements AnswerValue {
        @Override
        public Value conditionValue() {
            return new Value.Picked(option.asConditionOption());
        }

        @Override
        public String display() {
            return option.label();
        }
    }

    record Multi(List<ResponseOption> options) implements AnswerValue {
        public Multi {
            options = List.copyOf(options);
        }

        @Override
        public Value conditionValue() {
            return new Value.Ticked(options.stream().map(ResponseOption::asConditionOption).toList());
        }

        @Override
        public String display() {
            return options.isEmpty() ? "none" : String.join(", ", options.stream().map(ResponseOption::label).toList());
        }
    }

    record YesNo(boolean yes) implements AnswerValue {
        @Override
        public Value conditionValue() {
            return new Value.Text(yes ? "yes" : "no");
        }

        @Override
        public String display() {
            return yes ? "Yes" : "No";
        }
    }

    record Number(BigDecimal value) implements AnswerValue {
        @Override
        public Value conditionValue() {
            return new Value.Number(value);
        }

        @Override
        public String display() {
            return value.stripTrailingZeros().toPlainString();
        }
    }

    record Text(String text) implements AnswerValue {
        @Override
        public Value conditionValue() {
            return new Value.Text(text);
        }

        @Override
        public String display() {
            return text;
        }
    }

    /**
     * "Prefer not to answer", on an item that offers it: a response, so the question is not asked again,
     * but no value, so conditions read it as missing and scores count it as missing.
     */
    record Declined() implements AnswerValue {
        @Override
        public Value conditionValue() {
            return Value.MISSING;
        }

        @Override
        public String display() {
            return "Prefer not to answer";
        }
    }
}
