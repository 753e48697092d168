package org.attune.definition.yaml;

import org.attune.definition.Location;

/**
 * A scalar as written. {@code text} is the raw text (so {@code yes} stays "yes", not a boolean);
 * {@code contentStart} is where the text itself begins, after any quote or block indicator,
 * so positions inside an expression map onto the file.
 */
public record YamlScalar(Location location, Location contentStart, String text, Type type) implements YamlNode {

    public enum Type { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

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
