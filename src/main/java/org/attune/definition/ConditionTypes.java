package org.attune.definition;

import java.util.List;
import java.util.Optional;
import org.attune.condition.Option;
import org.attune.condition.ValueType;

/** What each item, score, band and flag holds when a condition reads it. */
final class ConditionTypes {
    private ConditionTypes() {}

    /** Empty for information texts, which take no answer. */
    static Optional<ValueType> of(Item item) {
        if (item instanceof Item.SingleChoice c) {
            return Optional.of(new ValueType.Choice(options(c.options())));
        }
        if (item instanceof Item.MultipleChoice m) {
            return Optional.of(new ValueType.Multi(options(m.options())));
        }
        if (item instanceof Item.YesNo) {
            return Optional.of(new ValueType.YesNo());
        }
        if (item instanceof Item.NumberItem n) {
            return Optional.of(new ValueType.Numeric(n.min(), n.max()));
        }
        return item instanceof Item.FreeText ? Optional.of(new ValueType.FreeText()) : Optional.empty();
    }

    static ValueType value(Score score) {
        return new ValueType.Numeric(score.range().map(ItemRange::low), score.range().map(ItemRange::high));
    }

    static ValueType band(Score score) {
        return new ValueType.Band(score.bands().stream().map(Band::label).toList());
    }

    private static List<Option> options(List<ResponseOption> options) {
        return options.stream().map(ResponseOption::asConditionOption).toList();
    }
}
