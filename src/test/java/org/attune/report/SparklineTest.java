package org.attune.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SparklineTest {
    private static final Optional<ReportDocument.Range> ZERO_TO_40 = Optional.of(new ReportDocument.Range(BigDecimal.ZERO, BigDecimal.valueOf(40), "0", "40"));

    private static List<Optional<BigDecimal>> values(Integer... values) {
        return Arrays.stream(values).map(v -> Optional.ofNullable(v).map(BigDecimal::valueOf)).toList();
    }

    @Test
    void eightStepsOverTheScoresRange() {
        assertThat(Sparkline.of(values(0, 5, 10, 15, 20, 25, 30, 35, 40), ZERO_TO_40, true)).isEqualTo("\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588\u2588");
        assertThat(Sparkline.of(values(0, 20, 40), ZERO_TO_40, false)).isEqualTo("_+@");
    }

    @Test
    void aMissingValueIsAGapNotTheLowestMark() {
        assertThat(Sparkline.of(values(40, null, 0), ZERO_TO_40, true)).isEqualTo("\u2588 \u2581");
        assertThat(Sparkline.of(values(40, null, 0), ZERO_TO_40, false)).isEqualTo("@ _");
    }

    @Test
    void withoutARangeTheValuesSetTheScale() {
        assertThat(Sparkline.of(values(10, 12, 14), Optional.empty(), false)).isEqualTo("_+@");
        assertThat(Sparkline.of(values(7, 7), Optional.empty(), false)).as("one value over and over sits in the middle").isEqualTo("++");
        assertThat(Sparkline.of(values(), ZERO_TO_40, true)).isEmpty();
    }
}
