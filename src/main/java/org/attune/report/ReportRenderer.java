package org.attune.report;

/** Lays out a report document in one format. Every format has exactly this one entry point. */
@FunctionalInterface
public interface ReportRenderer {
    String render(ReportDocument document);
}
