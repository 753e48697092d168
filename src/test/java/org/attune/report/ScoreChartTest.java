package org.attune.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.attune.report.ReportDocument.BandNote;
import org.attune.report.ReportDocument.Range;
import org.attune.report.ReportDocument.ScoreLine;
import org.junit.jupiter.api.Test;

class ScoreChartTest {

    private static final ReportDocument.Computed COMPUTED = new ReportDocument.Computed(Optional.empty(), Optional.empty(), "prorate", "half-up", false);

    private static BandNote band(String min, String max, String label) {
        return new BandNote(new BigDecimal(min), new BigDecimal(max), label, "", min + " to " + max);
    }

    private static ScoreLine score(String value, List<BandNote> bands) {
        return new ScoreLine("s", "S", Optional.ofNullable(value).map(BigDecimal::new), "", "", Optional.empty(), bands,
                Optional.of(new Range(BigDecimal.ZERO, BigDecimal.TEN, "0", "10")), 1, 0, 1, 1, "1 of 1", "S: " + value, Optional.empty(), COMPUTED);
    }

    @Test
    void bandsFillTheScaleWithoutGapsAndALabelThatDoesNotFitStaysOnlyInTheBandsTitle() {
        String svg = ScoreChart.svg(score("5", List.of(band("0", "0.4", "a very long label"), band("0.5", "10", "wide")))).orElseThrow();
        assertThat(svg).contains("<rect class=\"b0\" x=\"8\" y=\"20\" width=\"19.2\"", "<title>a very long label: 0 to 0.4</title>",
                "<rect class=\"b1\" x=\"27.2\" y=\"20\" width=\"364.8\"", ">wide</text>").doesNotContain(">a very long label</text>");
    }

    @Test
    void theValueIsMarkedWhereItLiesAndItsNumberStaysInsideTheChart() {
        assertThat(ScoreChart.svg(score("5", List.of())).orElseThrow()).contains("<line class=\"marker\" x1=\"200\"", "x=\"200\" y=\"10\"");
        assertThat(ScoreChart.svg(score("10", List.of())).orElseThrow()).contains("<line class=\"marker\" x1=\"392\"",
                "<text class=\"value-label\" x=\"378\"", ">0</text>", ">10</text>");
    }

    @Test
    void noValueOrNoRangeDrawsNoChart() {
        assertThat(ScoreChart.svg(score(null, List.of()))).isEmpty();
        ScoreLine unbounded = new ScoreLine("s", "S", Optional.of(BigDecimal.ONE), "", "", Optional.empty(), List.of(), Optional.empty(), 1, 0, 1, 1,
                "", "", Optional.empty(), COMPUTED);
        assertThat(ScoreChart.svg(unbounded)).isEmpty();
    }
}
