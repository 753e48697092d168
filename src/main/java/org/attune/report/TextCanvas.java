package org.attune.report;

import java.util.List;
import org.attune.text.TextWrap;

/** Lines of terminal text at a fixed width: paragraphs, headings, and list entries with hanging indents. */
final class TextCanvas {
    private final TextStyle style;
    private final StringBuilder out = new StringBuilder();

    TextCanvas(TextStyle style) {
        this.style = style;
    }

    void heading(String text) {
        line(style.bold(text));
    }

    void paragraph(String text, String indent) {
        TextWrap.wrap(text, style.width() - indent.length()).forEach(l -> line(indent + l));
    }

    /** A list entry whose continuation lines align under its text. */
    void hanging(String marker, String text, String indent) {
        List<String> lines = TextWrap.wrap(text, style.width() - indent.length() - marker.length());
        line(indent + marker + lines.get(0));
        lines.subList(1, lines.size()).forEach(l -> line(indent + " ".repeat(marker.length()) + l));
    }

    void blank() {
        out.append('\n');
    }

    void line(String text) {
        out.append(style.printable(text).replace('\u00a0', ' ').stripTrailing()).append('\n');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
