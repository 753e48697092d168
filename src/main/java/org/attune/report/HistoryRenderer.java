package org.attune.report;

/** Lays out a history in one format. */
@FunctionalInterface
public interface HistoryRenderer {
    String render(HistoryDocument history);
}
