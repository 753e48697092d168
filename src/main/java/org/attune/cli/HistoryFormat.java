package org.attune.cli;

import org.attune.report.CsvHistory;
import org.attune.report.HistoryRenderer;
import org.attune.report.HtmlHistory;
import org.attune.report.JsonHistory;
import org.attune.report.MarkdownHistory;
import org.attune.report.TextHistory;
import org.attune.report.TextStyle;

/** The formats of 'attune history': the one place a format's name becomes its renderer. */
enum HistoryFormat {
    text, markdown, json, csv, html;

    HistoryRenderer renderer(TextStyle style) {
        return switch (this) {
            case text -> new TextHistory(style);
            case markdown -> new MarkdownHistory();
            case json -> new JsonHistory();
            case csv -> new CsvHistory();
            case html -> new HtmlHistory();
        };
    }

    /** Data formats are written even when there is nothing in them, so a script always gets a document it can read. */
    boolean isData() {
        return this == json || this == csv;
    }
}
