package org.attune.answers;

import java.math.BigDecimal;
import java.util.List;
import org.attune.definition.ResponseOption;

/** One given answer, already matched to the item's options. */
public sealed interface AnswerValue
        permits AnswerValue.Choice, AnswerValue.Multi, AnswerValue.YesNo, AnswerValue.Number, AnswerValue.Text {

    /** What {@code answers.ID} reads in expressions (see docs/questionnaire-format.md#expressions). */
    Object expressionValue();

    /** How the answer reads back to the person who gave it. */
    String display();

    record Choice(ResponseOption option) implements AnswerValue {
        @Override
        public Object expressionValue() {
            return option.value();
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
        public Object expressionValue() {
            return options.stream().map(ResponseOption::name).toList();
        }

        @Override
        public String display() {
            return options.isEmpty() ? "none" : String.join(", ", options.stream().map(ResponseOption::label).toList());
        }
    }

    record YesNo(boolean yes) implements AnswerValue {
        @Override
        public Object expressionValue() {
            return yes ? "yes" : "no";
        }

        @Override
        public String display() {
            return yes ? "Yes" : "No";
        }
    }

    record Number(BigDecimal value) implements AnswerValue {
        @Override
        public Object expressionValue() {
            return value;
        }

        @Override
        public String display() {
            return value.stripTrailingZeros().toPlainString();
        }
    }

    record Text(String text) implements AnswerValue {
        @Override
        public Object expressionValue() {
            return text;
        }

        @Override
        public String display() {
            return text;
        }
    }
}
