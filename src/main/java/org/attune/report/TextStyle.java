package org.attune.report;

/**
 * How a text report may draw: its width, whether to use colour (only on a terminal, never with
 * NO_COLOR or --no-color) and whether Unicode box and bar characters are safe (else ASCII).
 */
public record TextStyle(int width, boolean color, boolean unicode) {

    public static final TextStyle PLAIN_80 = new TextStyle(80, false, true);

    public TextStyle {
        width = Math.max(40, Math.min(width, 120));
    }

    /** Typographic quotes and dashes become ASCII when Unicode is off, so every character prints. */
    String printable(String text) {
        if (unicode) {
            return text;
        }
        return text.replace('\u201c', '"').replace('\u201d', '"').replace('\u2018', '\'').replace('\u2019', '\'')
                .replace('\u2013', '-').replace('\u2014', '-').replace("\u00b7", "-").replace("\u2026", "...");
    }

    String bold(String text) {
        return color ? "\u001b[1m" + text + "\u001b[0m" : text;
    }

    String red(String text) {
        return color ? "\u001b[1;31m" + text + "\u001b[0m" : text;
    }

    String yellow(String text) {
        return color ? "\u001b[33m" + text + "\u001b[0m" : text;
    }

    String dim(String text) {
        return color ? "\u001b[2m" + text + "\u001b[0m" : text;
    }

    String bullet() {
        return unicode ? "\u2022" : "-";
    }

    String checkbox() {
        return unicode ? "\u2610" : "[ ]";
    }

    String rule(int length) {
        return (unicode ? "\u2500" : "-").repeat(length);
    }

    /** A bar of {@code cells} cells, {@code filled} of them filled. */
    String bar(int filled, int cells) {
        return (unicode ? "\u2588" : "#").repeat(filled) + (unicode ? "\u2591" : ".").repeat(cells - filled);
    }

    /** Box corners and sides: top-left, top-right, bottom-left, bottom-right, horizontal, vertical. */
    String[] box() {
        return unicode ? new String[] {"\u256d", "\u256e", "\u2570", "\u256f", "\u2500", "\u2502"}
                : new String[] {"+", "+", "+", "+", "-", "|"};
    }
}
