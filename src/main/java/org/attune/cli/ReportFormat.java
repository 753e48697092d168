package org.attune.cli;

import org.attune.report.JsonReport;
import org.attune.report.MarkdownReport;
import org.attune.report.TextReport;
import org.attune.report.TextStyle;
import org.attune.scoring.Guidance;

/** The report formats a user can ask for, each with its renderer and the file extensions that stand for it. */
enum ReportFormat {
    text("txt"), markdown("md", "markdown"), json("json");

    private final java.util.List<String> extensions;

    ReportFormat(String... extensions) {
        this.extensions = java.util.List.of(extensions);
    }

    static java.util.Optional<ReportFormat> forExtension(String extension) {
        return java.util.Arrays.stream(values()).filter(f -> f.extensions.contains(extension)).findFirst();
    }

    String render(Guidance guidance, TextStyle style) {
        return switch (this) {
            case text -> TextReport.render(guidance, style);
            case markdown -> MarkdownReport.render(guidance);
            case json -> JsonReport.render(guidance);
        };
    }
}
