package org.attune.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean ...?" for near misses: the closest known name within a small edit distance. */
public final class Suggestions {
    private Suggestions() {}

    public static Optional<String> closest(String written, Collection<String> known) {
        String lower = written.toLowerCase();
        int allowed = Math.max(1, Math.min(3, written.length() / 3));
        Optional<String> typo = known.stream()
                .filter(k -> distance(lower, k.toLowerCase()) <= allowed)
                .min(Comparator.comparingInt((String k) -> distance(lower, k.toLowerCase())).thenComparing(k -> k));
        if (typo.isPresent() || written.length() < 3) {
            return typo;
        }
        // a shortened name, such as 'safety' for 'safety-first', when only one known name starts with it
        var starting = known.stream().filter(k -> k.toLowerCase().startsWith(lower)).toList();
        return starting.size() == 1 ? Optional.of(starting.get(0)) : Optional.empty();
    }

    /** The fix text for an unknown name: a suggestion when one is close, else the list of valid names. */
    public static String fixFor(String written, Collection<String> known, String what) {
        return closest(written, known)
                .map(k -> "did you mean '" + k + "'?")
                .orElseGet(() -> known.isEmpty() ? "there are no " + what + " defined"
                        : "known " + what + ": " + String.join(", ", known.stream().sorted().toList()));
    }

    /** Optimal string alignment distance: Levenshtein plus swapping two neighbours, a common typo. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
