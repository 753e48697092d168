package org.attune.report;

/** Lays out a comparison of two results in one format. */
@FunctionalInterface
public interface ComparisonRenderer {
    String render(ComparisonDocument comparison);
}
