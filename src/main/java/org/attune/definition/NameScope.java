package org.attune.definition;

import java.util.Map;
import java.util.Set;

/**
 * The names an expression may read, by root ({@code answers}, {@code scores}, {@code bands}, {@code flags}).
 * {@code laterItems} are items that exist but come after the expression's item, which a showIf may not read.
 */
record NameScope(String usedIn, Map<String, Set<String>> readable, Set<String> laterItems) {

    static final String ANSWERS = "answers";
    static final String SCORES = "scores";
    static final String BANDS = "bands";
    static final String FLAGS = "flags";
    static final Set<String> ROOTS = Set.of(ANSWERS, SCORES, BANDS, FLAGS);
}
