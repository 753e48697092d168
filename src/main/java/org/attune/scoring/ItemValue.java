package org.attune.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import org.attune.answers.AnswerValue;
import org.attune.definition.Item;
import org.attune.definition.ItemRange;
import org.attune.definition.ResponseOption;

/** The value one answer contributes to a score, before weighting, with reverse scoring applied. */
final class ItemValue {
    private ItemValue() {}

    static Optional<BigDecimal> of(Item item, AnswerValue answer) {
        Optional<BigDecimal> raw = raw(answer);
        return raw.isEmpty() ? raw : Optional.of(scored(item, raw.get()));
    }

    /** A value as given, as the item scores it. */
    static BigDecimal scored(Item item, BigDecimal given) {
        if (!item.common().reverse()) {
            return given;
        }
        // reverse relative to the item's own range: lowest + highest - value (on 1-5, 5 becomes 1; on 0-3, 3 becomes 0)
        Optional<ItemRange> range = ItemRange.of(item);
        return range.isEmpty() ? given : range.get().low().add(range.get().high()).subtract(given);
    }

    private static Optional<BigDecimal> raw(AnswerValue answer) {
        if (answer instanceof AnswerValue.Choice choice) {
            return Optional.of(choice.option().value());
        }
        if (answer instanceof AnswerValue.Multi multi) {
            return Optional.of(multi.options().stream().map(ResponseOption::value).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        if (answer instanceof AnswerValue.YesNo yesNo) {
            return Optional.of(yesNo.yes() ? BigDecimal.ONE : BigDecimal.ZERO);
        }
        if (answer instanceof AnswerValue.Number number) {
            return Optional.of(number.value());
        }
        return Optional.empty();
    }
}
