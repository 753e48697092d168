package org.attune.session.terminal;

import java.util.ArrayList;
import java.util.List;
import org.attune.text.TextWrap;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * The lines of one screen, wrapped to the terminal width: a body, which scrolls to keep its focus line
 * in view when it is taller than the terminal, and a footer (the key line) that always stays visible.
 */
final class Canvas {
    private final int width;
    private final List<AttributedString> lines = new ArrayList<>();
    private final List<AttributedString> footer = new ArrayList<>();
    private int focus;

    Canvas(int width) {
        this.width = Math.max(12, width);
    }

    List<AttributedString> lines() {
        return lines;
    }

    List<AttributedString> footer() {
        return footer;
    }

    /** The body line that must be on screen (the selected one); the first by default. */
    int focus() {
        return focus;
    }

    /** Marks the next line added as the one to keep in view. */
    void focusHere() {
        focus = lines.size();
    }

    void blank() {
        lines.add(AttributedString.EMPTY);
    }

    void text(String text, AttributedStyle style) {
        wrapped("", text, style);
    }

    /** Text after a marker such as "> 2  ", continuation lines aligned under the text. */
    void wrapped(String marker, String text, AttributedStyle style) {
        lines.addAll(wrap(marker, text, style));
    }

    /** A line kept at the bottom of the screen, wrapped like the body. */
    void footer(String text, AttributedStyle style) {
        footer.addAll(wrap("", text, style));
    }

    void line(AttributedString line) {
        lines.add(line);
    }

    private List<AttributedString> wrap(String marker, String text, AttributedStyle style) {
        List<AttributedString> wrapped = new ArrayList<>();
        int room = Math.max(10, width - 1 - marker.length());
        boolean first = true;
        for (String line : TextWrap.wrap(text, room)) {
            wrapped.add(new AttributedStringBuilder()
                    .append(first ? marker : " ".repeat(marker.length()), style)
                    .append(line, style)
                    .toAttributedString());
            first = false;
        }
        return wrapped;
    }

    /**
     * The lines to draw on a screen of {@code rows} rows: the footer at the bottom, and as much of the body
     * as fits, scrolled so the focus line shows, with "..." where lines are cut off.
     */
    List<AttributedString> fit(int rows, AttributedStyle dim) {
        List<AttributedString> shown = new ArrayList<>();
        int room = rows - footer.size() - 1;
        if (lines.size() + footer.size() + (footer.isEmpty() ? 0 : 1) <= rows || room < 3) {
            shown.addAll(lines);
            if (!footer.isEmpty()) {
                shown.add(AttributedString.EMPTY);
                shown.addAll(footer);
            }
            return shown.size() > rows ? new ArrayList<>(shown.subList(shown.size() - rows, shown.size())) : shown;
        }
        // keep the first line (where the screen is) and the focus in view; mark what is cut with "..."
        int slots = room - 2;
        int start = Math.max(1, Math.min(focus - slots / 2, lines.size() - slots));
        shown.add(lines.get(0));
        int end;
        if (start > 1) {
            shown.add(new AttributedString("...", dim));
            end = start + slots;
        } else {
            end = Math.min(lines.size(), slots + 2);
        }
        shown.addAll(lines.subList(start, end));
        shown.add(end < lines.size() ? new AttributedString("...", dim) : AttributedString.EMPTY);
        shown.addAll(footer);
        return shown;
    }
}
