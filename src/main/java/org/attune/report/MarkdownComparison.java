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
        line(out, "| " + ReportWording.RECOMMENDATION + " | " + MarkdownReport.cell(doc.first().recommendation()) + " | " + MarkdownReport.cell(doc.second().recommendation()) + " | |");
        for (ScoreRow s : doc.scores()) {
            line(out, "| **" + MarkdownReport.cell(s.title()) + "** | " + MarkdownReport.cell(s.first()) + " | " + MarkdownReport.cell(s.second()) + " | " + MarkdownReport.cell(s.changeText()) + " |");
        }
        line(out, "");
        line(out, "## " + HistoryWords.CHANGED_ANSWERS);
        line(out, "");
        if (doc.answers().stream().anyMatch(AnswerRow::changed)) {
            line(out, "| | " + MarkdownReport.escape(a) + " | " + MarkdownReport.escape(b) + " |");
            line(out, "|---|---|---|");
            doc.answers().stream().filter(AnswerRow::changed)
                    .forEach(r -> line(out, "| " + MarkdownReport.cell(r.question()) + " | " + MarkdownReport.cell(r.first()) + " | " + MarkdownReport.cell(r.second()) + " |"));
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
        return MarkdownReport.cell(c.taken() + c.respondent().map(r -> " · " + r).orElse(""));
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append('\n');
    }
}
