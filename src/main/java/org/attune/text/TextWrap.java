package org.attune.text;

import java.util.ArrayList;
import java.util.List;

/** Greedy word wrapping for terminal text; a word longer than the width is split. */
public final class TextWrap {
    private TextWrap() {}

    public static List<String> wrap(String text, int width) {
        int w = Math.max(10, width);
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.strip().split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split("\\s+")) {
                while (word.length() > w) {
                    if (line.length() > 0) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    lines.add(word.substring(0, w));
                    word = word.substring(w);
                }
                if (line.length() > 0 && line.length() + 1 + word.length() > w) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
