package org.attune.export;

import java.math.BigDecimal;

/** One value of an exported row: a number, text, or nothing (not answered, not asked, no value). */
public sealed interface Cell permits Cell.Number, Cell.Text, Cell.Empty {
    Cell EMPTY = new Empty();

    record Number(BigDecimal value) implements Cell {}

    record Text(String value) implements Cell {}

    record Empty() implements Cell {}

    static Cell of(boolean flag) {
        return new Number(flag ? BigDecimal.ONE : BigDecimal.ZERO);
    }
}
