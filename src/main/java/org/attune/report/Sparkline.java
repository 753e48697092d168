package org.attune.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;

/**
 * A score's values as one character each, low to high in eight steps over the score's range (or over the
 * values themselves when the range is unknown). A result without a value is a space: a gap, never a low mark.
 */
final class Sparkline {
    private static final String UNICODE = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
    // a ramp from thin to dense: digits would read as values
    private static final String ASCII = "_.-=+*#@";

    private Sparkline() {}

    static String of(List<Optional<BigDecimal>> values, Optional<ReportDocument.Range> range, boolean unicode) {
        String steps = unicode ? UNICODE : ASCII;
        BigDecimal low = range.map(ReportDocument.Range::low).orElseGet(() -> values.stream().flatMap(Optional::stream).min(BigDecimal::compareTo).orElse(BigDecimal.ZERO));
        BigDecimal high = range.map(ReportDocument.Range::high).orElseGet(() -> values.stream().flatMap(Optional::stream).max(BigDecimal::compareTo).orElse(BigDecimal.ONE));
        StringBuilder line = new StringBuilder(values.size());
        for (Optional<BigDecimal> value : values) {
            line.append(value.map(v -> steps.charAt(step(v, low, high, steps.length()))).orElse(' '));
        }
        return line.toString();
    }

    private static int step(BigDecimal value, BigDecimal low, BigDecimal high, int steps) {
        if (high.compareTo(low) <= 0) {
            return steps / 2;
        }
        double share = value.subtract(low).divide(high.subtract(low), MathContext.DECIMAL64).doubleValue();
        return (int) Math.max(0, Math.min(steps - 1, Math.floor(share * steps)));
    }
}
