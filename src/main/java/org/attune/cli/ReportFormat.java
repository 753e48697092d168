package org.attune.cli;

import org.attune.report.HtmlReport;
import org.attune.report.JsonReport;
import org.attune.report.MarkdownReport;
import org.attune.report.ReportDocument;
import org.attune.report.ReportRenderer;
import org.attune.report.TextReport;
import org.attune.report.TextStyle;
import org.attune.scoring.Guidance;

/** The report formats a user can ask for: the one place a format's name becomes its renderer. */
enum ReportFormat {
    text, markdown, json, html;

    ReportRenderer renderer(TextStyle style) {
        return switch (this) {
            case text -> new TextReport(style);
            case markdown -> new MarkdownReport();
            case json -> JsonReport.pretty();
            case html -> new HtmlReport();
        };
    }

    String render(Guidance guidance, TextStyle style) {
        return renderer(style).render(ReportDocument.of(guidance));
    }
}
