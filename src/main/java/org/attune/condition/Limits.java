package org.attune.condition;

/**
 * Bounds on one condition, so no text can exhaust the stack or take long to check or evaluate:
 * characters, nesting (parentheses, negations, function calls) and terms (names and literals).
 */
public record Limits(int maxLength, int maxDepth, int maxTerms) {
    public static final Limits DEFAULT = new Limits(2000, 64, 256);
}
