package org.attune.cli;

import org.attune.report.HtmlReport;
import org.attune.report.JsonReport;
import org.attune.report.MarkdownReport;
import org.attune.report.ReportDocument;
import org.attune.report.ReportRenderer;
import org.attune.report.TextReport;
import org.attune.report.TextStyle;
import org.attune.scoring.Guidance;

/** The report formats a user can ask for: the one place a format's name becomes its renderer, with the file extensions that stand for it. */
enum ReportFormat {
    text("txt"), markdown("md", "markdown"), json("json"), html("html", "htm");

    private final java.util.List<String> extensions;

    ReportFormat(String... extensions) {
        this.extensions = java.util.List.of(extensions);
    }

    static java.util.Optional<ReportFormat> forExtension(String extension) {
        return java.util.Arrays.stream(values()).filter(f -> f.extensions.contains(extension)).findFirst();
    }

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
