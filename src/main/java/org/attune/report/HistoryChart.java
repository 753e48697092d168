package org.attune.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.attune.report.HistoryDocument.Entry;
import org.attune.report.HistoryDocument.Series;
import org.attune.report.ReportDocument.BandNote;

/**
 * One score over time as an SVG line chart: the bands shaded across the chart, the values joined by a line
 * that breaks where a result has no value (a gap, never a drop to zero), the clinical cut-off dashed, and the
 * scale's ends on the axis. Colours come from the page's stylesheet, as in {@link ScoreChart}.
 */
final class HistoryChart {
    static final int WIDTH = 400;
    static final int HEIGHT = 150;
    private static final double LEFT = 34;
    private static final double RIGHT = WIDTH - 10;
    private static final double TOP = 10;
    private static final double BOTTOM = 124;
    private static final int MOST_DOTS = 60;

    private HistoryChart() {}

    /** Empty when no result has a value: there is no line to draw. */
    static Optional<String> svg(Series series) {
        List<Optional<BigDecimal>> values = series.entries().stream().map(Entry::value).toList();
        if (values.stream().allMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        BigDecimal low = series.range().map(ReportDocument.Range::low).orElseGet(() -> values.stream().flatMap(Optional::stream).min(BigDecimal::compareTo).orElseThrow());
        BigDecimal highest = series.range().map(ReportDocument.Range::high).orElseGet(() -> values.stream().flatMap(Optional::stream).max(BigDecimal::compareTo).orElseThrow());
        // one value over and over still needs a scale to stand on
        BigDecimal high = highest.compareTo(low) > 0 ? highest : low.add(BigDecimal.ONE);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart history\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append('"')
                .append(HtmlWriter.attributes("aria-label", series.chartLabel())).append(">\n");
        svg.append("<title>").append(HtmlWriter.escape(series.chartLabel())).append("</title>\n");
        bands(svg, series.bands(), low, high);
        series.cutoff().ifPresent(c -> {
            double y = y(c, low, high);
            svg.append("<line class=\"cutoff\" x1=\"").append(n(LEFT)).append("\" y1=\"").append(n(y)).append("\" x2=\"").append(n(RIGHT))
                    .append("\" y2=\"").append(n(y)).append("\"/>\n");
            svg.append(text("axis", RIGHT, y - 3, "end", ReportWording.HistoryWords.cutoffLabel(c)));
        });
        line(svg, values, low, high);
        svg.append(text("axis", LEFT - 4, BOTTOM + 4, "end", series.range().map(ReportDocument.Range::lowText).orElse(ReportWording.end(low))));
        svg.append(text("axis", LEFT - 4, TOP + 8, "end", series.range().map(ReportDocument.Range::highText).orElse(ReportWording.end(high))));
        svg.append(text("axis", x(0, values.size()), HEIGHT - 6, "start", "#" + series.entries().get(0).number()));
        if (values.size() > 1) {
            svg.append(text("axis", x(values.size() - 1, values.size()), HEIGHT - 6, "end", "#" + series.entries().get(values.size() - 1).number()));
        }
        svg.append("</svg>");
        return Optional.of(svg.toString());
    }

    /** Each band a stripe from its lowest value to where the next begins, labelled at the right where it fits. */
    private static void bands(StringBuilder svg, List<BandNote> bands, BigDecimal low, BigDecimal high) {
        for (int i = 0; i < bands.size(); i++) {
            BandNote band = bands.get(i);
            double bottom = y(band.min(), low, high);
            double top = y(i + 1 < bands.size() ? bands.get(i + 1).min() : band.max(), low, high);
            if (bottom - top <= 0) {
                continue;
            }
            svg.append("<rect class=\"b").append(i % 3).append("\" x=\"").append(n(LEFT)).append("\" y=\"").append(n(top))
                    .append("\" width=\"").append(n(RIGHT - LEFT)).append("\" height=\"").append(n(bottom - top)).append("\"><title>")
                    .append(HtmlWriter.escape(band.label() + ": " + band.span())).append("</title></rect>\n");
            if (bottom - top >= 14) {
                svg.append(text("band-label", LEFT + 4, (top + bottom) / 2 + 4, "start", band.label()));
            }
        }
    }

    /** The values joined in runs; a result without a value ends a run. A lone value is a dot. */
    private static void line(StringBuilder svg, List<Optional<BigDecimal>> values, BigDecimal low, BigDecimal high) {
        List<String> run = new ArrayList<>();
        for (int i = 0; i <= values.size(); i++) {
            if (i < values.size() && values.get(i).isPresent()) {
                run.add(n(x(i, values.size())) + "," + n(y(values.get(i).get(), low, high)));
                continue;
            }
            if (run.size() > 1) {
                svg.append("<polyline class=\"trend\" points=\"").append(String.join(" ", run)).append("\"/>\n");
            }
            if (run.size() == 1 || (!run.isEmpty() && values.size() <= MOST_DOTS)) {
                for (String point : run) {
                    String[] xy = point.split(",");
                    svg.append("<circle class=\"point\" cx=\"").append(xy[0]).append("\" cy=\"").append(xy[1]).append("\" r=\"3.5\"/>\n");
                }
            }
            run.clear();
        }
    }

    private static double x(int index, int count) {
        return count <= 1 ? (LEFT + RIGHT) / 2 : LEFT + 6 + index * (RIGHT - LEFT - 12) / (count - 1);
    }

    private static double y(BigDecimal value, BigDecimal low, BigDecimal high) {
        double share = value.subtract(low).divide(high.subtract(low), MathContext.DECIMAL64).doubleValue();
        return BOTTOM - Math.max(0, Math.min(1, share)) * (BOTTOM - TOP);
    }

    private static String text(String css, double x, double y, String anchor, String content) {
        return "<text class=\"" + css + "\" x=\"" + n(x) + "\" y=\"" + n(y) + "\" text-anchor=\"" + anchor + "\">" + HtmlWriter.escape(content)
                + "</text>\n";
    }

    private static String n(double value) {
        String s = String.format(Locale.ROOT, "%.1f", value);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
