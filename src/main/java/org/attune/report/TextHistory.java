package org.attune.report;

import java.util.List;
import java.util.Locale;
import org.attune.report.HistoryDocument.Person;
import org.attune.report.HistoryDocument.Row;
import org.attune.report.HistoryDocument.Series;
import org.attune.report.ReportWording.HistoryWords;

/** A history for a terminal or a plain text file: the results oldest first, then each score's sparkline and change. */
public final class TextHistory implements HistoryRenderer {
    private final TextStyle style;

    public TextHistory(TextStyle style) {
        this.style = style;
    }

    @Override
    public String render(HistoryDocument doc) {
        TextCanvas out = new TextCanvas(style);
        out.line(style.bold(doc.title()));
        out.line(style.dim(doc.questionnaireId() + " " + doc.version()));
        for (Person person : doc.people()) {
            if (!person.heading().isEmpty()) {
                out.blank();
                out.heading(person.heading().toUpperCase(Locale.ROOT));
            }
            out.line(style.dim(person.span()));
            results(out, person.results());
            change(out, person.series(), person.noise());
        }
        out.blank();
        out.paragraph(doc.note(), "");
        out.blank();
        out.line(style.rule(Math.min(style.width(), 40)));
        out.paragraph(doc.disclaimer(), "");
        return out.toString();
    }

    private void results(TextCanvas out, List<Row> rows) {
        out.blank();
        out.heading(HistoryWords.RESULTS.toUpperCase(Locale.ROOT));
        int width = String.valueOf(rows.stream().mapToInt(Row::number).max().orElse(1)).length() + 2;
        for (Row row : rows) {
            String number = String.format("%-" + width + "s", row.number());
            out.hanging("  " + number, style.bold(row.taken()) + (style.unicode() ? " \u00b7 " : " - ") + row.recommendation(), "");
            if (!row.scores().isEmpty()) {
                out.paragraph(row.scores(), "  " + " ".repeat(width));
            }
        }
    }

    private void change(TextCanvas out, List<Series> series, java.util.Optional<String> noise) {
        if (series.isEmpty()) {
            return;
        }
        out.blank();
        out.heading(HistoryWords.CHANGE.toUpperCase(Locale.ROOT));
        for (Series s : series) {
            String spark = Sparkline.of(s.entries().stream().map(HistoryDocument.Entry::value).toList(), s.range(), style.unicode());
            String scale = s.range().map(r -> style.dim("  (" + r.lowText() + " to " + r.highText() + ")")).orElse("");
            out.line("  " + style.bold(s.title()) + "  " + spark + scale);
            out.paragraph(s.latest(), "    ");
            s.steps().ifPresent(steps -> out.paragraph(steps, "    "));
            s.changeNote().ifPresent(note -> out.paragraph(note, "    "));
        }
        noise.ifPresent(note -> {
            out.blank();
            out.paragraph(note, "  ");
        });
    }
}
