package org.attune.definition;

/**
 * One problem found in an input file: where it is, what is wrong, and how to fix it.
 * The fix may be empty when the message already says it.
 */
public record Diagnostic(Location location, String message, String fix) {

    public Diagnostic {
        fix = fix == null ? "" : fix;
    }

    public static Diagnostic at(Location location, String message) {
        return new Diagnostic(location, message, "");
    }

    public static Diagnostic at(Location location, String message, String fix) {
        return new Diagnostic(location, message, fix);
    }

    /** {@code file:line:col: message (fix)}, the form compilers use, so editors can jump to it. */
    public String render() {
        return location + ": " + message + (fix.isEmpty() ? "" : "; " + fix);
    }
}
