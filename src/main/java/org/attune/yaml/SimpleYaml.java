package org.attune.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.attune.diagnostics.Location;
import org.attune.text.ControlCharacters;

/**
 * Reads the plain YAML that answers files and questionnaires are written in, line by line, without the YAML
 * library: block mappings with simple keys, block lists (of mappings too), one-line flow lists and flow
 * mappings of scalars, one-line scalars whose type is beyond doubt, folded and literal block text whose
 * lines are indented alike, comments and blank lines. Anything else (and anything the library would
 * report) makes it give up, and the full reader reads the file instead, so a tree from here is always the
 * tree the full reader would have built. Scoring thousands of answers files spends most of its time
 * reading them, and a command that loads a questionnaire would otherwise spend tens of milliseconds
 * starting the library and reading with it before it can begin.
 */
final class SimpleYaml {
    /** The longest key the YAML library reads: it stops looking for a key's ':' after 1,024 characters. */
    private static final int MAX_KEY_LENGTH = 1024;
    /** In place of a closing bracket: a plain scalar outside any flow list or mapping. */
    private static final char NOT_IN_FLOW = 0;
    private static final Pattern VERSION = Pattern.compile("[0-9]{1,9}(\\.[0-9]{1,9}){2,3}");
    private static final Pattern TIMESTAMP = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?([Zz]|[-+][0-9]{2}:[0-9]{2})?)?");
    private static final Set<String> BOOLEANS = Set.of("yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False",
            "FALSE", "on", "On", "ON", "off", "Off", "OFF");
    private static final Set<String> NULLS = Set.of("null", "Null", "NULL");

    private final String file;
    private final String[] lines;
    private final YamlLimits limits;
    private final ScalarPositions positions;
    private int line;
    private int nodes;

    private SimpleYaml(String file, String[] lines, YamlLimits limits) {
        this.file = file;
        this.lines = lines;
        this.limits = limits;
        this.positions = new ScalarPositions(lines);
    }

    /** Thrown where the text leaves the plain subset; never seen outside this class. */
    private static final class GiveUp extends RuntimeException {
        GiveUp() {
            super(null, null, false, false);
        }
    }

    /**
     * The tree, or empty when the text is not plain enough to be read here. Lines are checked as they are
     * read, so a questionnaire, which the library reads, is given up on at its first unusual line.
     */
    static Optional<YamlNode> read(String file, String[] lines, YamlLimits limits) {
        try {
            SimpleYaml reader = new SimpleYaml(file, lines, limits);
            reader.skipBlank();
            if (reader.line >= lines.length || indent(lines[reader.line]) != 0) {
                return Optional.empty();
            }
            YamlNode root = reader.mapping(0, 0, false);
            reader.skipBlank();
            return reader.line < lines.length ? Optional.empty() : Optional.of(root);
        } catch (GiveUp e) {
            return Optional.empty();
        }
    }

    /** Printable text without tabs, carriage returns, YAML's other line breaks or a byte-order mark. */
    private static boolean plainCharacters(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= 0x7f && !(c >= 0xa0 && c <= 0xd7ff && c != 0x2028 && c != 0x2029 || c >= 0xe000 && c <= 0xfffd && c != 0xfeff)
                    || c < 0x20 || ControlCharacters.isControl(c)) {
                return false;
            }
        }
        return true;
    }

    /** Past the current line, which has been read: only now are its characters known to be plain. */
    private void next() {
        if (!plainCharacters(lines[line])) {
            throw new GiveUp();
        }
        line++;
    }

    /** A block mapping whose keys start at {@code indent}; in a list entry the first key follows the '- '. */
    private YamlMap mapping(int indent, int depth, boolean inListEntry) {
        count(depth);
        Location at = here(indent);
        Map<String, YamlMap.Entry> entries = new LinkedHashMap<>();
        boolean first = inListEntry;
        while (line < lines.length && (first || indent(lines[line]) == indent && !isListEntry(lines[line], indent))) {
            first = false;
            String text = lines[line];
            int colon = keyEnd(text, indent);
            if (colon < 0) {
                throw new GiveUp();
            }
            String key = text.substring(indent, colon);
            Location keyAt = here(indent);
            YamlNode value = value(text, colon + 1, indent, depth + 1);
            if (entries.put(key, new YamlMap.Entry(keyAt, value)) != null) {
                throw new GiveUp(); // the full reader reports the duplicate
            }
            skipBlank();
        }
        if (line < lines.length && indent(lines[line]) > indent) {
            throw new GiveUp();
        }
        return new YamlMap(at, entries);
    }

    /** What follows a key's colon: a value on the same line, block text, a block on the lines below, or nothing. */
    private YamlNode value(String text, int from, int indent, int depth) {
        int start = firstNonSpace(text, from);
        if (start < text.length() && (text.charAt(start) == '>' || text.charAt(start) == '|')) {
            return blockText(text, start, indent, depth);
        }
        if (start < text.length() && text.charAt(start) != '#') {
            YamlNode value = inline(text, start, depth);
            next();
            skipBlank();
            if (line < lines.length && indent(lines[line]) > indent) {
                throw new GiveUp(); // a value continued on the next line
            }
            return value;
        }
        int keyLine = line;
        next();
        skipBlank();
        if (line < lines.length) {
            int next = indent(lines[line]);
            if (next > indent) {
                return isListEntry(lines[line], next) ? list(next, depth) : mapping(next, depth, false);
            }
            if (next == indent && isListEntry(lines[line], indent)) {
                return list(indent, depth);
            }
        }
        count(depth);
        Location empty = new Location(file, keyLine + 1, from + 1);
        return new YamlScalar(empty, empty, "", YamlScalar.Type.NULL, positions);
    }

    private YamlList list(int indent, int depth) {
        count(depth);
        Location at = here(indent);
        List<YamlNode> elements = new ArrayList<>();
        while (line < lines.length && indent(lines[line]) == indent && isListEntry(lines[line], indent)) {
            String text = lines[line];
            int start = firstNonSpace(text, indent + 1);
            if (start >= text.length() || text.charAt(start) == '#') {
                throw new GiveUp();
            }
            if (keyEnd(text, start) >= 0) { // '- id: x' and the keys below it
                elements.add(mapping(start, depth + 1, true));
            } else {
                elements.add(inline(text, start, depth + 1));
                next();
                skipBlank();
            }
        }
        if (line < lines.length && indent(lines[line]) > indent) {
            throw new GiveUp();
        }
        return new YamlList(at, elements);
    }

    /** A scalar or a one-line flow list or mapping starting at {@code start}; nothing but a comment may follow it. */
    private YamlNode inline(String text, int start, int depth) {
        int[] end = new int[1];
        YamlNode node = switch (text.charAt(start)) {
            case '[' -> flowList(text, start, depth, end);
            case '{' -> flowMapping(text, start, depth, end);
            default -> scalar(text, start, NOT_IN_FLOW, depth, end);
        };
        int rest = firstNonSpace(text, end[0]);
        if (rest < text.length() && (text.charAt(rest) != '#' || rest == end[0])) {
            throw new GiveUp();
        }
        return node;
    }

    private YamlList flowList(String text, int start, int depth, int[] end) {
        count(depth);
        List<YamlNode> elements = new ArrayList<>();
        int at = firstNonSpace(text, start + 1);
        if (at < text.length() && text.charAt(at) == ']') {
            end[0] = at + 1;
            return new YamlList(new Location(file, line + 1, start + 1), elements);
        }
        while (true) {
            if (at >= text.length()) {
                throw new GiveUp();
            }
            elements.add(scalar(text, at, ']', depth + 1, end));
            int next = firstNonSpace(text, end[0]);
            if (next >= text.length()) {
                throw new GiveUp();
            }
            if (text.charAt(next) == ']') {
                end[0] = next + 1;
                return new YamlList(new Location(file, line + 1, start + 1), elements);
            }
            if (text.charAt(next) != ',') {
                throw new GiveUp();
            }
            at = firstNonSpace(text, next + 1);
        }
    }

    /** {@code {key: value, ...}} on one line, with simple keys, and scalars or flow lists as values. */
    private YamlMap flowMapping(String text, int start, int depth, int[] end) {
        count(depth);
        Map<String, YamlMap.Entry> entries = new LinkedHashMap<>();
        int at = firstNonSpace(text, start + 1);
        while (true) {
            int colon = keyEnd(text, at);
            if (colon < 0 || colon + 1 == text.length()) {
                throw new GiveUp();
            }
            Location keyAt = new Location(file, line + 1, at + 1);
            int valueAt = firstNonSpace(text, colon + 1);
            if (valueAt >= text.length()) {
                throw new GiveUp();
            }
            YamlNode value = text.charAt(valueAt) == '['
                    ? flowList(text, valueAt, depth + 1, end) : scalar(text, valueAt, '}', depth + 1, end);
            if (entries.put(text.substring(at, colon), new YamlMap.Entry(keyAt, value)) != null) {
                throw new GiveUp(); // the full reader reports the duplicate
            }
            int next = firstNonSpace(text, end[0]);
            if (next < text.length() && text.charAt(next) == '}') {
                end[0] = next + 1;
                return new YamlMap(new Location(file, line + 1, start + 1), entries);
            }
            if (next >= text.length() || text.charAt(next) != ',') {
                throw new GiveUp();
            }
            at = firstNonSpace(text, next + 1);
        }
    }

    /**
     * Folded ({@code >}) or literal ({@code |}) text, stripped ({@code -}) or ending in one line break,
     * whose lines all start at the same column, with nothing after the indicator: folding lines indented
     * more, keeping trailing breaks and explicit indentation are left to the full reader.
     */
    private YamlScalar blockText(String text, int start, int indent, int depth) {
        count(depth);
        boolean folded = text.charAt(start) == '>';
        boolean strip = text.startsWith("-", start + 1);
        if (start + (strip ? 2 : 1) != text.length()) {
            throw new GiveUp();
        }
        Location at = here(start);
        next();
        int content = line < lines.length ? indent(lines[line]) : 0;
        if (line >= lines.length || content <= indent || content == lines[line].length()) {
            throw new GiveUp();
        }
        Location contentAt = here(content);
        StringBuilder value = new StringBuilder();
        int emptyLines = 0;
        int lastTextLine = line;
        while (line < lines.length) {
            String raw = lines[line];
            int rawIndent = indent(raw);
            if (rawIndent < content && rawIndent < raw.length()) {
                break; // less indented writing ends the text; a line of spaces only, however short, does not
            }
            if (raw.isEmpty()) {
                emptyLines++;
            } else if (rawIndent != content || raw.endsWith(" ")) {
                throw new GiveUp();
            } else {
                if (!value.isEmpty()) {
                    value.append(folded && emptyLines == 0 ? " " : "\n".repeat(folded ? emptyLines : emptyLines + 1));
                }
                value.append(raw, content, raw.length());
                emptyLines = 0;
                lastTextLine = line;
            }
            next();
        }
        skipBlank();
        if (line < lines.length && indent(lines[line]) > indent) {
            throw new GiveUp();
        }
        if (!strip && lastTextLine < lines.length - 1) {
            value.append('\n'); // the line break after the last line, which a file may lack
        }
        return new YamlScalar(at, contentAt, checked(value.toString()), YamlScalar.Type.STRING, positions);
    }

    /** A quoted scalar without escapes, or a plain one whose type is certain; {@code end[0]} is set past it. */
    private YamlScalar scalar(String text, int start, char closer, int depth, int[] end) {
        count(depth);
        char first = text.charAt(start);
        Location at = new Location(file, line + 1, start + 1);
        if (first == '"' || first == '\'') {
            int close = text.indexOf(first, start + 1);
            if (close < 0 || first == '"' && contains(text, '\\', start + 1, close) || first == '\'' && close + 1 < text.length()
                    && text.charAt(close + 1) == '\'') {
                throw new GiveUp();
            }
            end[0] = close + 1;
            return new YamlScalar(at, new Location(file, line + 1, start + 2), checked(text.substring(start + 1, close)),
                    YamlScalar.Type.STRING, positions);
        }
        int stop = start;
        while (stop < text.length() && !endsPlain(text, stop, closer)) {
            stop++;
        }
        while (stop > start && text.charAt(stop - 1) == ' ') {
            stop--; // only spaces: YAML keeps other white space, such as U+2003, as part of the text
        }
        String plain = text.substring(start, stop);
        end[0] = stop;
        return new YamlScalar(at, at, checked(plain), plainType(plain), positions);
    }

    /**
     * Where a plain scalar stops: at a comment, and in a flow list or mapping (closed by {@code closer}) at a
     * comma or the closing bracket; ': ' would be a key.
     */
    private static boolean endsPlain(String text, int i, char closer) {
        char c = text.charAt(i);
        boolean inFlow = closer != NOT_IN_FLOW;
        if (c == '#' && text.charAt(i - 1) == ' ') {
            return true;
        }
        if ((c == ':' || c == '?') && inFlow || c == ':' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
            throw new GiveUp(); // a key, or in a flow collection perhaps one
        }
        if (c == ',' || c == closer) {
            return inFlow;
        }
        if (c == '[' || c == ']' || c == '{' || c == '}') {
            throw new GiveUp();
        }
        return false;
    }

    /** The type the full reader gives a plain scalar, when there is no doubt about it. */
    private static YamlScalar.Type plainType(String plain) {
        if (plain.isEmpty()) {
            throw new GiveUp();
        }
        char first = plain.charAt(0);
        if (Character.isLetter(first)) {
            if (BOOLEANS.contains(plain)) {
                return YamlScalar.Type.BOOLEAN;
            }
            if (NULLS.contains(plain)) {
                return YamlScalar.Type.NULL;
            }
            String lower = plain.toLowerCase(java.util.Locale.ROOT);
            if (BOOLEANS.contains(lower) || NULLS.contains(lower)) {
                throw new GiveUp(); // such as yEs: left to the full reader
            }
            return YamlScalar.Type.STRING;
        }
        int whole = integerEnd(plain);
        if (whole == plain.length()) {
            return YamlScalar.Type.INTEGER;
        }
        if (whole > 0 && plain.charAt(whole) == '.' && whole + 1 < plain.length() && digitsEnd(plain, whole + 1) == plain.length()) {
            return YamlScalar.Type.DECIMAL;
        }
        if (TIMESTAMP.matcher(plain).matches() || VERSION.matcher(plain).matches()) {
            return YamlScalar.Type.STRING;
        }
        throw new GiveUp();
    }

    /**
     * Where an integer the full reader reads as one, {@code -?(0|[1-9][0-9]{0,17})}, ends at the start of the
     * text; -1 if there is none. Written out, not matched with a pattern: nearly every answer is a number.
     */
    private static int integerEnd(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        if (start >= text.length() || !isDigit(text.charAt(start))) {
            return -1;
        }
        return text.charAt(start) == '0' ? start + 1 : digitsEnd(text, start);
    }

    /** Past up to 18 digits from {@code from}; a 19th digit makes it -1, as the patterns the full reader uses. */
    private static int digitsEnd(String text, int from) {
        int i = from;
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        return i - from > 18 ? -1 : i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private String checked(String scalar) {
        if (scalar.length() > limits.maxScalarLength()) {
            throw new GiveUp();
        }
        return scalar;
    }

    private void count(int depth) {
        if (++nodes > limits.maxNodes() || depth > limits.maxDepth()) {
            throw new GiveUp();
        }
    }

    private Location here(int column) {
        return new Location(file, line + 1, column + 1);
    }

    private void skipBlank() {
        while (line < lines.length) {
            int start = firstNonSpace(lines[line], 0);
            if (start < lines[line].length() && lines[line].charAt(start) != '#') {
                return;
            }
            next();
        }
    }

    /** Whether {@code c} is among the characters from {@code from} up to {@code to}: a look that never passes the scalar. */
    private static boolean contains(String text, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                return true;
            }
        }
        return false;
    }

    /** A key as item ids are written: a letter, digit or '_', then those, '.' and '-'. */
    private static boolean isKey(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean word = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
            if (!word && (i == from || c != '.' && c != '-')) {
                return false;
            }
        }
        return to > from;
    }

    /** The colon after a simple key at {@code start}, followed by a space or the line's end; -1 if there is none. */
    private static int keyEnd(String text, int start) {
        int colon = text.indexOf(':', start);
        boolean key = colon >= 0 && colon - start <= MAX_KEY_LENGTH && isKey(text, start, colon)
                && (colon + 1 == text.length() || text.charAt(colon + 1) == ' ');
        return key ? colon : -1;
    }

    private static boolean isListEntry(String text, int indent) {
        return text.startsWith("-", indent) && (indent + 1 == text.length() || text.charAt(indent + 1) == ' ');
    }

    private static int indent(String text) {
        return firstNonSpace(text, 0);
    }

    private static int firstNonSpace(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
