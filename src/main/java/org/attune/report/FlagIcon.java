package org.attune.report;

import org.attune.definition.Severity;

/**
 * A flag's severity as a shape, so it does not rest on colour alone: an octagon (stop) for urgent, a
 * triangle for caution, a circle for a note. Decorative: the severity word next to it says the same.
 */
final class FlagIcon {
    private FlagIcon() {}

    static String svg(Severity severity) {
        String shape = switch (severity) {
            case URGENT -> "<polygon class=\"shape\" points=\"7,1 17,1 23,7 23,17 17,23 7,23 1,17 1,7\"/>";
            case CAUTION -> "<polygon class=\"shape\" points=\"12,1 23,22 1,22\"/>";
            case INFO -> "<circle class=\"shape\" cx=\"12\" cy=\"12\" r=\"11\"/>";
        };
        String glyph = severity == Severity.INFO ? "i" : "!";
        int y = severity == Severity.CAUTION ? 19 : 17;
        return "<svg class=\"icon\" viewBox=\"0 0 24 24\" width=\"28\" height=\"28\" aria-hidden=\"true\" focusable=\"false\">" + shape
                + "<text class=\"glyph\" x=\"12\" y=\"" + y + "\" text-anchor=\"middle\">" + glyph + "</text></svg>";
    }
}
