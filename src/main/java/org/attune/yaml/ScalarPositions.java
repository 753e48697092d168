package org.attune.yaml;

import org.attune.diagnostics.Location;

/**
 * Maps an offset in a scalar's text back to its line and column in the file, whatever the scalar's
 * style: quotes doubled in single quotes, escapes in double quotes, and line breaks that folding turned
 * into spaces all take more characters in the file than in the text.
 */
final class ScalarPositions {
    private final String[] lines;

    ScalarPositions(String[] lines) {
        this.lines = lines;
    }

    Location locate(YamlScalar scalar, int offset) {
        Location start = scalar.contentStart();
        char style = styleAt(scalar.location());
        boolean block = style == '|' || style == '>';
        int indent = start.column() - 1;
        int line = start.line() - 1;
        int col = start.column() - 1;
        String text = scalar.text();
        for (int k = 0; k < Math.min(offset, text.length()) && line < lines.length; k++) {
            String raw = lines[line];
            char c = text.charAt(k);
            if (col >= raw.length() || ((c == '\n' || c == ' ') && onlySpaceLeft(raw, col))) {
                // a line break in the file: kept as \n, or folded into a space
                line = nextContentLine(line, c);
                col = line < lines.length ? (block ? Math.min(indent, lines[line].length()) : firstNonSpace(lines[line])) : 0;
            } else if (style == '"' && raw.charAt(col) == '\\') {
                col += escapeLength(raw, col);
            } else if (style == '\'' && raw.charAt(col) == '\'' && col + 1 < raw.length() && raw.charAt(col + 1) == '\'') {
                col += 2;
            } else {
                col++;
            }
        }
        return new Location(start.file(), line + 1, col + 1);
    }

    /** Folding turns one line break into a space and each further empty line into a line break. */
    private int nextContentLine(int line, char produced) {
        int next = line + 1;
        if (produced == '\n') {
            return next;
        }
        while (next < lines.length && lines[next].isBlank()) {
            next++;
        }
        return next;
    }

    private char styleAt(Location at) {
        if (at.line() > lines.length) {
            return ' ';
        }
        String line = lines[at.line() - 1];
        return at.column() - 1 < line.length() ? line.charAt(at.column() - 1) : ' ';
    }

    private static boolean onlySpaceLeft(String raw, int col) {
        return raw.substring(col).isBlank();
    }

    private static int firstNonSpace(String raw) {
        int i = 0;
        while (i < raw.length() && (raw.charAt(i) == ' ' || raw.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static int escapeLength(String raw, int col) {
        char kind = col + 1 < raw.length() ? raw.charAt(col + 1) : ' ';
        return switch (kind) {
            case 'x' -> 4;
            case 'u' -> 6;
            case 'U' -> 10;
            default -> 2;
        };
    }
}
