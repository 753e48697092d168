package org.attune.group;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Mean, median, lowest, highest and sample standard deviation of some values, rounded to two places for
 * reading (the values themselves are exact decimals).
 */
public record Statistics(int count, BigDecimal mean, BigDecimal median, BigDecimal min, BigDecimal max, BigDecimal standardDeviation) {
    private static final int PLACES = 2;

    /** Needs at least two values (a standard deviation of one value has no meaning). */
    static Statistics of(List<BigDecimal> values) {
        if (values.size() < 2) {
            throw new IllegalArgumentException("statistics need at least two values");
        }
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        BigDecimal sum = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = sum.divide(BigDecimal.valueOf(n), MathContext.DECIMAL64);
        BigDecimal median = n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
        BigDecimal squares = sorted.stream().map(v -> v.subtract(mean).pow(2)).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal variance = squares.divide(BigDecimal.valueOf(n - 1), MathContext.DECIMAL64);
        return new Statistics(n, round(mean), round(median), sorted.get(0), sorted.get(n - 1), round(variance.sqrt(MathContext.DECIMAL64)));
    }

    private static BigDecimal round(BigDecimal value) {
        BigDecimal rounded = value.setScale(PLACES, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }
}
