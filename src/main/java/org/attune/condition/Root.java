package org.attune.condition;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The four kinds of thing a condition can read, each written as {@code root.id}. */
public enum Root {
    ANSWERS("answers"), SCORES("scores"), BANDS("bands"), FLAGS("flags");

    private final String word;

    Root(String word) {
        this.word = word;
    }

    /** How the root is written in a condition. */
    public String word() {
        return word;
    }

    public static Optional<Root> fromWord(String word) {
        return Arrays.stream(values()).filter(r -> r.word.equals(word)).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(Root::word).toList();
    }
}
