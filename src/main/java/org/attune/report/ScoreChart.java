package org.attune.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.attune.report.ReportDocument.BandNote;
import org.attune.report.ReportDocument.Range;
import org.attune.report.ReportDocument.ScoreLine;

/**
 * One score as an SVG chart: its bands shaded and labelled along the scale, the value as a filled bar ending at
 * a marked line, with a pointer and the number above the bands, and the scale's lowest and highest values on
 * the axis. Colours come from the page's stylesheet (classes), so dark mode, high contrast and print restyle it.
 */
final class ScoreChart {
    static final int WIDTH = 400;
    static final int HEIGHT = 80;
    private static final double LEFT = 8;
    private static final double RIGHT = WIDTH - 8;
    private static final double CHAR_WIDTH = 7.8; // a generous average at 14px (the size on a phone), to decide whether a label fits

    private ScoreChart() {}

    /** Empty when the score has no value or no known range: there is nothing to place on a scale. */
    static Optional<String> svg(ScoreLine score) {
        if (score.value().isEmpty() || score.range().isEmpty() || score.range().get().high().compareTo(score.range().get().low()) <= 0) {
            return Optional.empty();
        }
        Range range = score.range().get();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append('"')
                .append(HtmlWriter.attributes("aria-label", score.chartLabel())).append(">\n");
        svg.append("<title>").append(HtmlWriter.escape(score.chartLabel())).append("</title>\n");
        bands(svg, score.bands(), range);
        double x = x(score.value().get(), range);
        svg.append(rect("track", LEFT, 50, RIGHT - LEFT, 8));
        svg.append(rect("fill", LEFT, 50, x - LEFT, 8));
        // the value: a pointer above the bands and a line across the bar, so no band label is ever crossed out
        svg.append("<polygon class=\"pointer\" points=\"").append(n(x - 5)).append(",13 ").append(n(x + 5)).append(",13 ").append(n(x))
                .append(",18\"/>\n");
        svg.append("<line class=\"marker\" x1=\"").append(n(x)).append("\" y1=\"46\" x2=\"").append(n(x)).append("\" y2=\"62\"/>\n");
        double labelX = Math.max(LEFT + 14, Math.min(RIGHT - 14, x));
        svg.append(text("value-label", labelX, 10, "middle", ReportWording.number(score.value().get())));
        svg.append(text("axis", LEFT, 76, "start", range.lowText()));
        svg.append(text("axis", RIGHT, 76, "end", range.highText()));
        svg.append("</svg>");
        return Optional.of(svg.toString());
    }

    /** Each band shaded from its lowest value to where the next begins, so the strip has no gaps; labelled where it fits. */
    private static void bands(StringBuilder svg, List<BandNote> bands, Range range) {
        for (int i = 0; i < bands.size(); i++) {
            BandNote band = bands.get(i);
            double from = x(band.min(), range);
            double to = x(end(bands, i), range);
            if (to <= from) {
                continue;
            }
            svg.append("<rect class=\"b").append(i % 3).append("\" x=\"").append(n(from)).append("\" y=\"20\" width=\"").append(n(to - from))
                    .append("\" height=\"24\"><title>").append(HtmlWriter.escape(band.label() + ": " + band.span())).append("</title></rect>\n");
            if (i > 0) {
                svg.append("<line class=\"band-edge\" x1=\"").append(n(from)).append("\" y1=\"20\" x2=\"").append(n(from)).append("\" y2=\"44\"/>\n");
            }
            if (band.label().length() * CHAR_WIDTH + 6 <= to - from) {
                svg.append(text("band-label", (from + to) / 2, 37, "middle", band.label()));
            }
        }
    }

    private static BigDecimal end(List<BandNote> bands, int i) {
        return i + 1 < bands.size() ? bands.get(i + 1).min() : bands.get(i).max();
    }

    private static double x(BigDecimal value, Range range) {
        BigDecimal share = value.subtract(range.low()).divide(range.high().subtract(range.low()), MathContext.DECIMAL64);
        double clamped = Math.max(0, Math.min(1, share.doubleValue()));
        return LEFT + clamped * (RIGHT - LEFT);
    }

    static String rect(String css, double x, double y, double width, double height) {
        return "<rect class=\"" + css + "\" x=\"" + n(x) + "\" y=\"" + n(y) + "\" width=\"" + n(width) + "\" height=\"" + n(height) + "\"/>\n";
    }

    static String text(String css, double x, double y, String anchor, String content) {
        return "<text class=\"" + css + "\" x=\"" + n(x) + "\" y=\"" + n(y) + "\" text-anchor=\"" + anchor + "\">" + HtmlWriter.escape(content)
                + "</text>\n";
    }

    /** Coordinates to one decimal, the same on every machine. */
    static String n(double value) {
        String s = String.format(Locale.ROOT, "%.1f", value);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
