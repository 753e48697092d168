package org.attune.definition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The lowest and highest value one item can contribute before weighting. */
public record ItemRange(BigDecimal low, BigDecimal high) {

    /** Empty when the item is unbounded (a number without min or max) or not scored. */
    public static Optional<ItemRange> of(Item item) {
        if (item instanceof Item.SingleChoice c && !c.options().isEmpty()) {
            return Optional.of(new ItemRange(min(c.options()), max(c.options())));
        }
        if (item instanceof Item.MultipleChoice m) {
            return Optional.of(new ItemRange(
                    m.options().stream().map(ResponseOption::value).filter(v -> v.signum() < 0).reduce(BigDecimal.ZERO, BigDecimal::add),
                    m.options().stream().map(ResponseOption::value).filter(v -> v.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add)));
        }
        if (item instanceof Item.YesNo) {
            return Optional.of(new ItemRange(BigDecimal.ZERO, BigDecimal.ONE));
        }
        if (item instanceof Item.NumberItem n && n.min().isPresent() && n.max().isPresent()) {
            return Optional.of(new ItemRange(n.min().get(), n.max().get()));
        }
        return Optional.empty();
    }

    // loops, not streams: scoring asks for the range of every reverse-scored answer
    private static BigDecimal min(List<ResponseOption> options) {
        BigDecimal min = options.get(0).value();
        for (ResponseOption option : options) {
            min = option.value().compareTo(min) < 0 ? option.value() : min;
        }
        return min;
    }

    private static BigDecimal max(List<ResponseOption> options) {
        BigDecimal max = options.get(0).value();
        for (ResponseOption option : options) {
            max = option.value().compareTo(max) > 0 ? option.value() : max;
        }
        return max;
    }
}
