package org.attune.session.terminal;

import java.util.ArrayList;
import java.util.List;
import org.attune.text.TextWrap;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/** The lines of one screen, wrapped to the terminal width. */
final class Canvas {
    private final int width;
    private final List<AttributedString> lines = new ArrayList<>();

    Canvas(int width) {
        this.width = Math.max(12, width);
    }

    List<AttributedString> lines() {
        return lines;
    }

    void blank() {
        lines.add(AttributedString.EMPTY);
    }

    void text(String text, AttributedStyle style) {
        wrapped("", text, style);
    }

    /** Text after a marker such as "> 2  ", continuation lines aligned under the text. */
    void wrapped(String marker, String text, AttributedStyle style) {
        int room = Math.max(10, width - 1 - marker.length());
        boolean first = true;
        for (String line : TextWrap.wrap(text, room)) {
            lines.add(new AttributedStringBuilder()
                    .append(first ? marker : " ".repeat(marker.length()), style)
                    .append(line, style)
                    .toAttributedString());
            first = false;
        }
    }

    void line(AttributedString line) {
        lines.add(line);
    }
}
