package org.attune.diagnostics;

import java.util.Locale;
import org.attune.text.ControlCharacters;

/**
 * One problem found in an input file: where it is, what is wrong, and how to fix it.
 * The fix may be empty when the message already says it. Warnings do not make a file invalid.
 */
public record Diagnostic(Location location, String message, String fix, Level level) {

    public enum Level {
        ERROR, WARNING;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Diagnostic {
        fix = fix == null ? "" : fix;
    }

    public static Diagnostic at(Location location, String message) {
        return new Diagnostic(location, message, "", Level.ERROR);
    }

    public static Diagnostic at(Location location, String message, String fix) {
        return new Diagnostic(location, message, fix, Level.ERROR);
    }

    public static Diagnostic warning(Location location, String message, String fix) {
        return new Diagnostic(location, message, fix, Level.WARNING);
    }

    public boolean isError() {
        return level == Level.ERROR;
    }

    /**
     * {@code file:line:col: message; fix}, the form compilers use, so editors can jump to it. On one
     * line, with control characters from file names or echoed input shown as escapes, never sent raw.
     */
    public String render() {
        return ControlCharacters.visible(location + ": " + (isError() ? "" : "warning: ") + message + (fix.isEmpty() ? "" : "; " + fix));
    }
}
