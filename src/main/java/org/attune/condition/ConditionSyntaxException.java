package org.attune.condition;

/** A condition that does not parse; it stops parsing at the first mistake, which it carries. */
final class ConditionSyntaxException extends Exception {
    private final transient Problem problem;

    ConditionSyntaxException(int at, String message, String fix) {
        super(message, null, false, false);
        this.problem = new Problem(at, message, fix);
    }

    Problem problem() {
        return problem;
    }
}
