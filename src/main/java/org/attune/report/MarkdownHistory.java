package org.attune.report;

import java.util.ArrayList;
import java.util.List;
import org.attune.report.HistoryDocument.Person;
import org.attune.report.HistoryDocument.Row;
import org.attune.report.HistoryDocument.Series;
import org.attune.report.ReportWording.HistoryWords;

/** A history as Markdown: a table of the results, then each score's change in words. */
public final class MarkdownHistory implements HistoryRenderer {

    @Override
    public String render(HistoryDocument doc) {
        StringBuilder out = new StringBuilder();
        line(out, "# " + MarkdownReport.escape(doc.title()));
        line(out, "");
        line(out, "*`" + doc.questionnaireId() + "` " + doc.version() + "*");
        for (Person person : doc.people()) {
            line(out, "");
            line(out, "## " + (person.heading().isEmpty() ? HistoryWords.RESULTS : MarkdownReport.escape(person.heading())));
            line(out, "");
            line(out, "*" + person.span() + "*");
            line(out, "");
            List<String> header = new ArrayList<>(List.of(HistoryWords.NUMBER, HistoryWords.TAKEN));
            person.series().forEach(s -> header.add(MarkdownReport.cell(s.title())));
            header.add(ReportWording.RECOMMENDATION);
            line(out, "| " + String.join(" | ", header) + " |");
            line(out, "|" + "---|".repeat(header.size()));
            for (int i = 0; i < person.results().size(); i++) {
                Row row = person.results().get(i);
                List<String> cells = new ArrayList<>(List.of(String.valueOf(row.number()), row.taken()));
                for (Series s : person.series()) {
                    var e = s.entries().get(i);
                    cells.add(e.valueText() + e.band().map(b -> " (" + MarkdownReport.cell(b) + ")").orElse(""));
                }
                cells.add(MarkdownReport.cell(row.recommendation()));
                line(out, "| " + String.join(" | ", cells) + " |");
            }
            if (!person.series().isEmpty()) {
                line(out, "");
                line(out, "### " + HistoryWords.CHANGE);
                line(out, "");
                for (Series s : person.series()) {
                    String spark = Sparkline.of(s.entries().stream().map(HistoryDocument.Entry::value).toList(), s.range(), true);
                    line(out, "- **" + MarkdownReport.cell(s.title()) + "** `" + spark + "` " + MarkdownReport.escape(s.latest())
                            + s.steps().map(n -> " " + MarkdownReport.escape(n)).orElse("")
                            + s.changeNote().map(n -> " " + MarkdownReport.escape(n)).orElse(""));
                }
                person.noise().ifPresent(n -> {
                    line(out, "");
                    line(out, MarkdownReport.escape(n));
                });
            }
        }
        line(out, "");
        line(out, "*" + doc.note() + "*");
        line(out, "");
        line(out, "---");
        line(out, "");
        line(out, "*" + doc.disclaimer() + "*");
        return out.toString();
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append('\n');
    }
}
