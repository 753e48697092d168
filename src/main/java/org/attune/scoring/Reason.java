package org.attune.scoring;

import java.util.Optional;

/**
 * One fact a rule's condition read, with its value, so a report can say why:
 * {@code name} as written in the expression (e.g. {@code scores.empathy}), {@code subject} in plain
 * words (a score's title, a question's text), and the value as the person would read it.
 */
public record Reason(String name, Kind kind, String subject, Optional<String> value, String detail) {

    public enum Kind { ANSWER, SCORE, FLAG }

    /** A plain sentence, such as: Empathy and regard is 1.2 (strained). */
    public String sentence() {
        return switch (kind) {
            case ANSWER -> value.map(v -> "you answered \u201c" + v + "\u201d to \u201c" + subject + "\u201d")
                    .orElse("you did not answer \u201c" + subject + "\u201d");
            case SCORE -> value.map(v -> subject + " is " + v + (detail.isEmpty() ? "" : " (" + detail + ")"))
                    .orElse(subject + " has no score (not enough answers)");
            case FLAG -> "the " + detail + " flag \u201c" + subject.replaceAll("[.]$", "") + "\u201d was " + (value.isPresent() ? "raised" : "not raised");
        };
    }
}
