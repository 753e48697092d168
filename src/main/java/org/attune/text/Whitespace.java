package org.attune.text;

/** White space in text written over several lines, as it reads on one. */
public final class Whitespace {
    private Whitespace() {}

    /**
     * Each run of spaces, tabs and line breaks as one space, and no white space at either end: what
     * {@code replaceAll("\\s+", " ").strip()} gives, without compiling a pattern at every call.
     */
    public static String collapsed(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r') {
                inRun = true;
            } else {
                if (inRun && !out.isEmpty()) {
                    out.append(' ');
                }
                inRun = false;
                out.append(c);
            }
        }
        return out.toString().strip(); // strip: other white space at the ends (U+2003, U+2028) goes too, as after the pattern
    }
}
