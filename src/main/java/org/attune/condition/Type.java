package org.attune.condition;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the type checker knows of one part of a condition: its kind, the range of a number (ends null
 * when unknown), the declared type and name of a name it reads directly, and whether it reads no name.
 */
record Type(Kind kind, BigDecimal low, BigDecimal high, ValueType declared, Name name, boolean constant) {

    enum Kind { BOOL, NUMBER, TEXT, NULL, CHOICE, MULTI, YESNO, FREETEXT, BAND, ERROR }

    static final Type ERROR = new Type(Kind.ERROR, null, null, null, null, false);

    static Type bool(boolean constant) {
        return new Type(Kind.BOOL, null, null, null, null, constant);
    }

    static Type number(BigDecimal low, BigDecimal high, boolean constant) {
        return new Type(Kind.NUMBER, low, high, null, null, constant);
    }

    static Type constant(Kind kind) {
        return new Type(kind, null, null, null, null, true);
    }

    static Type of(Name name, ValueType declared) {
        if (declared instanceof ValueType.Numeric n) {
            return new Type(Kind.NUMBER, n.low().orElse(null), n.high().orElse(null), declared, name, false);
        }
        if (declared instanceof ValueType.Choice c) {
            List<BigDecimal> values = c.options().stream().map(Option::value).toList();
            return new Type(Kind.CHOICE, values.stream().min(BigDecimal::compareTo).orElse(null),
                    values.stream().max(BigDecimal::compareTo).orElse(null), declared, name, false);
        }
        Kind kind = declared instanceof ValueType.Multi ? Kind.MULTI
                : declared instanceof ValueType.YesNo ? Kind.YESNO
                : declared instanceof ValueType.FreeText ? Kind.FREETEXT
                : declared instanceof ValueType.Band ? Kind.BAND
                : Kind.BOOL;
        return new Type(kind, null, null, declared, name, false);
    }

    boolean isError() {
        return kind == Kind.ERROR;
    }

    /** Numbers and choice answers (by their option's value) take part in arithmetic and ordering. */
    boolean isNumeric() {
        return kind == Kind.NUMBER || kind == Kind.CHOICE;
    }

    boolean hasRange() {
        return low != null && high != null;
    }

    /** The options of a choice or multiple-choice name. */
    List<Option> options() {
        if (declared instanceof ValueType.Choice c) {
            return c.options();
        }
        return declared instanceof ValueType.Multi m ? m.options() : List.of();
    }

    String describe() {
        String of = name == null ? "" : " " + name;
        return switch (kind) {
            case BOOL -> name == null ? "true or false" : "the flag" + of;
            case NUMBER -> name == null ? "a number" : (name.root() == Root.SCORES ? "the score" : "the number") + of;
            case TEXT -> "a text";
            case NULL -> "null";
            case CHOICE -> "the choice" + of;
            case MULTI -> "the multiple choice" + of;
            case YESNO -> "the yes/no answer" + of;
            case FREETEXT -> "the text answer" + of;
            case BAND -> "the band" + of;
            case ERROR -> "a mistake";
        };
    }
}
