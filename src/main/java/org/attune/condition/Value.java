package org.attune.condition;

import java.math.BigDecimal;
import java.util.List;

/** A value while a condition is evaluated: what a name holds, a literal, or an intermediate result. */
public sealed interface Value {

    /** An unanswered item, a score without enough answers, or the null literal. */
    record Missing() implements Value {}

    record Number(BigDecimal value) implements Value {}

    // Text and Bool write out equals and hashCode: a record's own are linked on first use, a cost every cold
    // start would pay when the first condition compares them

    /** Text: a literal, a yes/no answer ('yes' or 'no'), a band label or a free-text answer. */
    record Text(String text) implements Value {
        @Override
        public boolean equals(Object other) {
            return other instanceof Text t && text.equals(t.text);
        }

        @Override
        public int hashCode() {
            return text.hashCode();
        }
    }

    record Bool(boolean value) implements Value {
        @Override
        public boolean equals(Object other) {
            return other instanceof Bool b && value == b.value;
        }

        @Override
        public int hashCode() {
            return Boolean.hashCode(value);
        }
    }

    /** The option picked for a choice item: compared by value with numbers, by key or label with text. */
    record Picked(Option option) implements Value {}

    /** The options ticked for a multiple-choice item (possibly none). */
    record Ticked(List<Option> options) implements Value {
        public Ticked {
            options = List.copyOf(options);
        }
    }

    Missing MISSING = new Missing();
    Bool TRUE = new Bool(true);
    Bool FALSE = new Bool(false);

    static Bool of(boolean value) {
        return value ? TRUE : FALSE;
    }
}
