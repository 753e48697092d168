package org.attune.report;

import java.util.List;
import java.util.Optional;
import org.attune.report.ReportDocument.Tally;

/**
 * Counts as an SVG bar chart, in the style of {@link ScoreChart} (the same track and fill, the same stylesheet
 * classes): per count a line with its label and number, and under it a bar as a share of the total. A hidden count
 * ("fewer than 3") gets its words and an empty track, never a bar that would give the number away.
 */
final class CountChart {
    private static final int ROW = 34;
    private static final double LEFT = 8;
    private static final double RIGHT = ScoreChart.WIDTH - 8;
    private static final double CHAR_WIDTH = 7.8;

    private CountChart() {}

    /** Empty when there is nothing to compare (no total to take a share of). */
    static Optional<String> svg(String ariaLabel, List<Tally> tallies) {
        if (tallies.isEmpty() || tallies.stream().anyMatch(t -> t.of() <= 0)) {
            return Optional.empty();
        }
        int height = ROW * tallies.size();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart counts\" role=\"img\" viewBox=\"0 0 ").append(ScoreChart.WIDTH).append(' ').append(height)
                .append("\" width=\"").append(ScoreChart.WIDTH).append("\" height=\"").append(height).append('"')
                .append(HtmlWriter.attributes("aria-label", ariaLabel)).append(">\n");
        svg.append("<title>").append(HtmlWriter.escape(ariaLabel)).append("</title>\n");
        for (int i = 0; i < tallies.size(); i++) {
            Tally t = tallies.get(i);
            double top = i * ROW;
            int room = (int) ((RIGHT - LEFT - (t.countText().length() + 2) * CHAR_WIDTH) / CHAR_WIDTH);
            svg.append(ScoreChart.text("count-label", LEFT, top + 13, "start", shortened(label(t), room)));
            svg.append(ScoreChart.text("value-label", RIGHT, top + 13, "end", t.countText()));
            svg.append(ScoreChart.rect("track", LEFT, top + 18, RIGHT - LEFT, 10));
            if (t.members().isPresent() && t.members().getAsInt() > 0) {
                double width = (RIGHT - LEFT) * Math.min(1, t.members().getAsInt() / (double) t.of());
                svg.append(ScoreChart.rect("fill", LEFT, top + 18, width, 10));
            }
        }
        svg.append("</svg>");
        return Optional.of(svg.toString());
    }

    static String label(Tally tally) {
        return tally.detail().isEmpty() ? tally.label() : tally.label() + " (" + tally.detail() + ")";
    }

    /** A label cut to the room on its line, with an ellipsis; the table or the title holds it whole. */
    private static String shortened(String label, int room) {
        return label.length() <= room || room < 4 ? label : label.substring(0, room - 1).stripTrailing() + "\u2026";
    }
}
