package org.attune.report;

/**
 * Emits HTML one element per line, indented by nesting, so a report reads well as source and diffs well.
 * Every piece of text passes through {@link #escape}; only markup written here is raw.
 */
final class HtmlWriter {
    private final StringBuilder out = new StringBuilder();
    private int depth;

    /** An opening tag, e.g. {@code open("section", "class", "scores")}; attribute values are escaped. */
    HtmlWriter open(String tag, String... attributes) {
        line("<" + tag + attributes(attributes) + ">");
        depth++;
        return this;
    }

    HtmlWriter close(String tag) {
        depth--;
        line("</" + tag + ">");
        return this;
    }

    /** An element with escaped text inside. */
    HtmlWriter element(String tag, String text, String... attributes) {
        return line("<" + tag + attributes(attributes) + ">" + escape(text) + "</" + tag + ">");
    }

    /** An element whose content is markup already built (from {@link #escape}d text). */
    HtmlWriter markup(String tag, String html, String... attributes) {
        return line("<" + tag + attributes(attributes) + ">" + html + "</" + tag + ">");
    }

    /** A line of markup as is. */
    HtmlWriter line(String html) {
        out.append("  ".repeat(Math.max(0, depth))).append(html).append('\n');
        return this;
    }

    /** Text kept exactly, such as the stylesheet, without indentation. */
    HtmlWriter verbatim(String text) {
        out.append(text);
        return this;
    }

    static String attributes(String... nameValues) {
        StringBuilder a = new StringBuilder();
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            a.append(' ').append(nameValues[i]).append("=\"").append(escape(nameValues[i + 1])).append('"');
        }
        return a.toString();
    }

    /** Text as HTML text or a (double-quoted) attribute value: nothing in it can become markup. */
    /** A column heading cell. */
    static String headerCell(String text) {
        return "<th scope=\"col\">" + escape(text) + "</th>";
    }

    /** A data cell, with a CSS class unless {@code css} is empty. */
    static String cell(String text, String css) {
        return "<td" + (css.isEmpty() ? "" : attributes("class", css)) + ">" + escape(text) + "</td>";
    }

    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
