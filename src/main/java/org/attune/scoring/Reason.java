package org.attune.scoring;

import java.util.Optional;

/**
 * One fact a rule's condition read, with its value, so a report can say why:
 * {@code name} as written in the expression (e.g. {@code scores.empathy}), {@code subject} in plain
 * words (a score's title, a question's text), and the value as the person would read it. Reports put
 * it into sentences.
 */
public record Reason(String name, Kind kind, String subject, Optional<String> value, String detail) {

    /** {@code DECLINED}: a question the person preferred not to answer (no value). */
    public enum Kind { ANSWER, DECLINED, SCORE, FLAG }
}
