package org.attune.yaml;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import org.attune.diagnostics.Location;

/**
 * A scalar as written. {@code text} is the raw text (so {@code yes} stays "yes", not a boolean);
 * {@code contentStart} is where the text itself begins, after any quote or block indicator, and
 * {@link #positionOf} maps a place inside the text onto the file, so a mistake inside a condition is
 * reported where it is written.
 */
public record YamlScalar(Location location, Location contentStart, String text, Type type, ScalarPositions positions) implements YamlNode {

    public YamlScalar(Location location, Location contentStart, String text, Type type) {
        this(location, contentStart, text, type, null);
    }

    /** The line and column in the file of the character at {@code offset} in {@link #text}. */
    public Location positionOf(int offset) {
        if (positions == null) {
            return new Location(contentStart.file(), contentStart.line(), contentStart.column() + offset);
        }
        return positions.locate(this, offset);
    }

    public enum Type { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

    /** How to write a number attune reads, for messages about YAML's other number forms. */
    public static final String PLAIN_NUMBER_FIX = "write a plain decimal number such as 4, 1000 or 2.5 (no 0x, no '_', no .inf or .nan)";

    /** Digits with at most one point and a small exponent: what a person writes, and what stays small in memory. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?(\\d{1,40}(\\.\\d{0,40})?|\\.\\d{1,40})([eE][-+]?\\d{1,2})?");

    public boolean isNumber() {
        return type == Type.INTEGER || type == Type.DECIMAL;
    }

    /**
     * The value of a number written as a plain decimal; empty for text and for YAML's other number
     * forms ({@code 0x4}, {@code 1_000}, {@code .inf}, {@code .nan}, {@code 1e9999999999}).
     */
    public Optional<BigDecimal> decimal() {
        if (!isNumber() || !isShortInteger(text) && !PLAIN_NUMBER.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text));
    }

    /** A few digits, perhaps signed: the plain number nearly every answer is, known without the pattern. */
    private static boolean isShortInteger(String text) {
        int start = text.startsWith("-") || text.startsWith("+") ? 1 : 0;
        if (start == text.length() || text.length() - start > 9) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    public boolean isNull() {
        return type == Type.NULL;
    }

    @Override
    public String describe() {
        return switch (type) {
            case NULL -> "nothing";
            case INTEGER, DECIMAL -> "the number " + text;
            case BOOLEAN -> "the boolean " + text;
            case STRING -> "the text '" + shortened() + "'";
        };
    }

    /** Messages stay on one line, so long or multi-line text is cut and its line breaks shown as \n. */
    private String shortened() {
        String oneLine = text.replace("\r", "").replace("\n", "\\n");
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 37) + "...";
    }
}
