package org.attune.report;

import java.util.List;
import java.util.Locale;
import org.attune.report.ComparisonDocument.AnswerRow;
import org.attune.report.ComparisonDocument.Column;
import org.attune.report.ComparisonDocument.ScoreRow;
import org.attune.report.ReportWording.HistoryWords;

/** Two results side by side for a terminal: scores in columns, then each answer that changed as before and after. */
public final class TextComparison implements ComparisonRenderer {
    private final TextStyle style;

    public TextComparison(TextStyle style) {
        this.style = style;
    }

    @Override
    public String render(ComparisonDocument doc) {
        TextCanvas out = new TextCanvas(style);
        out.line(style.bold(doc.title()));
        out.line(style.dim(doc.questionnaireId() + " " + doc.version() + dot() + HistoryWords.comparing(doc.first().number(), doc.second().number())));
        doc.caution().ifPresent(c -> {
            out.blank();
            out.paragraph(c, "");
        });
        out.blank();
        out.line("  " + label(doc.first()));
        out.line("  " + label(doc.second()));
        heading(out, ReportWording.RECOMMENDATION);
        out.hanging("  #" + doc.first().number() + "  ", doc.first().recommendation(), "");
        out.hanging("  #" + doc.second().number() + "  ", doc.second().recommendation(), "");
        if (!doc.scores().isEmpty()) {
            heading(out, ReportWording.SCORES);
            int title = Math.min(30, doc.scores().stream().mapToInt(s -> s.title().length()).max().orElse(5));
            int a = Math.max(4, doc.scores().stream().mapToInt(s -> s.first().length()).max().orElse(4));
            int b = Math.max(4, doc.scores().stream().mapToInt(s -> s.second().length()).max().orElse(4));
            out.line(style.dim("  " + pad("", title) + "  " + pad("#" + doc.first().number(), a) + "  " + pad("#" + doc.second().number(), b)));
            for (ScoreRow s : doc.scores()) {
                out.line("  " + pad(s.title(), title) + "  " + pad(s.first(), a) + "  " + pad(s.second(), b) + "  " + s.changeText());
            }
        }
        List<AnswerRow> changed = doc.answers().stream().filter(AnswerRow::changed).toList();
        heading(out, HistoryWords.CHANGED_ANSWERS);
        for (AnswerRow row : changed) {
            out.paragraph(row.question(), "  ");
            out.paragraph("#" + doc.first().number() + " " + row.first() + "  " + (style.unicode() ? "\u2192" : "->") + "  #"
                    + doc.second().number() + " " + row.second(), "    ");
        }
        String same = HistoryWords.sameAnswers(doc.sameAnswers(), doc.answers().size());
        if (!same.isEmpty()) {
            out.paragraph(same, "  ");
        }
        out.blank();
        out.line(style.rule(Math.min(style.width(), 40)));
        out.paragraph(doc.disclaimer(), "");
        return out.toString();
    }

    private String label(Column c) {
        return style.bold("#" + c.number()) + "  " + c.taken() + c.respondent().map(r -> dot() + r).orElse("");
    }

    private String dot() {
        return style.unicode() ? " \u00b7 " : " - ";
    }

    private static void heading(TextCanvas out, String text) {
        out.blank();
        out.heading(text.toUpperCase(Locale.ROOT));
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
