package org.attune.report;

import org.attune.report.ComparisonDocument.AnswerRow;
import org.attune.report.ComparisonDocument.Column;
import org.attune.report.ComparisonDocument.ScoreRow;
import org.attune.report.ReportWording.HistoryWords;

/** Two results side by side as Markdown tables. */
public final class MarkdownComparison implements ComparisonRenderer {

    @Override
    public String render(ComparisonDocument doc) {
        StringBuilder out = new StringBuilder();
        String a = "#" + doc.first().number();
        String b = "#" + doc.second().number();
        line(out, "# " + MarkdownReport.escape(doc.title()));
        line(out, "");
        line(out, "*`" + doc.questionnaireId() + "` " + doc.version() + " · " + HistoryWords.comparing(doc.first().number(), doc.second().number()) + "*");
        doc.caution().ifPresent(c -> {
            line(out, "");
            line(out, "> [!WARNING]");
            line(out, "> " + MarkdownReport.escape(c));
        });
        line(out, "");
        line(out, "| | " + MarkdownReport.escape(a) + " | " + MarkdownReport.escape(b) + " | |");
        line(out, "|---|---|---|---|");
        line(out, "| " + HistoryWords.TAKEN + " | " + taken(doc.first()) + " | " + taken(doc.second()) + " | |");
        line(out, "| " + ReportWording.RECOMMENDATION + " | " + cell(doc.first().recommendation()) + " | " + cell(doc.second().recommendation()) + " | |");
        for (ScoreRow s : doc.scores()) {
            line(out, "| **" + cell(s.title()) + "** | " + cell(s.first()) + " | " + cell(s.second()) + " | " + cell(s.changeText()) + " |");
        }
        line(out, "");
        line(out, "## " + HistoryWords.CHANGED_ANSWERS);
        line(out, "");
        if (doc.answers().stream().anyMatch(AnswerRow::changed)) {
            line(out, "| | " + MarkdownReport.escape(a) + " | " + MarkdownReport.escape(b) + " |");
            line(out, "|---|---|---|");
            doc.answers().stream().filter(AnswerRow::changed)
                    .forEach(r -> line(out, "| " + cell(r.question()) + " | " + cell(r.first()) + " | " + cell(r.second()) + " |"));
            line(out, "");
        }
        String same = HistoryWords.sameAnswers(doc.sameAnswers(), doc.answers().size());
        if (!same.isEmpty()) {
            line(out, same);
            line(out, "");
        }
        line(out, "---");
        line(out, "");
        line(out, "*" + doc.disclaimer() + "*");
        return out.toString();
    }

    private static String taken(Column c) {
        return cell(c.taken() + c.respondent().map(r -> " · " + r).orElse(""));
    }

    private static String cell(String text) {
        return MarkdownReport.escape(text.replaceAll("\\s+", " ").strip());
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append('\n');
    }
}
