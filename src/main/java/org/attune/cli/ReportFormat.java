package org.attune.cli;

import org.attune.report.JsonReport;
import org.attune.report.MarkdownReport;
import org.attune.report.TextReport;
import org.attune.report.TextStyle;
import org.attune.scoring.Guidance;

/** The report formats a user can ask for, each with its renderer. */
enum ReportFormat {
    text, markdown, json;

    String render(Guidance guidance, TextStyle style) {
        return switch (this) {
            case text -> TextReport.render(guidance, style);
            case markdown -> MarkdownReport.render(guidance);
            case json -> JsonReport.render(guidance);
        };
    }
}
