package org.attune.text;

/**
 * Characters that a terminal acts on instead of showing (ESC starts sequences that can rename a
 * window or rewrite the screen, BEL rings, CR overwrites a line, bidirectional overrides reorder
 * text). Input is checked for them, and text echoed back to a user shows them as escapes.
 */
public final class ControlCharacters {
    private ControlCharacters() {}

    /** C0 and C1 controls, DEL, and the bidirectional embedding, override and isolate marks. */
    public static boolean isControl(int c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    }

    /** A control character other than a line break or a tab, which text of several lines may hold. */
    public static boolean isForbiddenInText(int c) {
        return c != '\n' && c != '\t' && isControl(c);
    }

    /** The index of the first character not allowed in text, or -1. */
    public static int firstForbidden(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isForbiddenInText(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** How a control character is named in a message: {@code U+001B}, and its common name when it has one. */
    public static String name(char c) {
        String code = String.format("U+%04X", (int) c);
        return switch (c) {
            case 0 -> code + " (NUL)";
            case 7 -> code + " (BEL)";
            case 8 -> code + " (backspace)";
            case '\r' -> code + " (carriage return)";
            case 0x1b -> code + " (ESC)";
            case 0x7f -> code + " (DEL)";
            default -> code;
        };
    }

    /** The text on one line with every control character (line breaks too) shown as an escape like {@code \u001B}. */
    public static String visible(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                out.append(switch (c) {
                    case '\n' -> "\\n";
                    case '\t' -> "\\t";
                    case '\r' -> "\\r";
                    default -> String.format("\\u%04X", (int) c);
                });
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
