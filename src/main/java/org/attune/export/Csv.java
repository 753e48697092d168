package org.attune.export;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV as RFC 4180 writes it (CRLF line ends; a field with a comma, a quote or a line break in double quotes, quotes
 * doubled), and safe to open in a spreadsheet: text that starts with = + - @ (or a tab or carriage return) gets a
 * leading apostrophe, so it is never run as a formula. A number, or text that is only a number, stays as it is.
 */
public final class Csv {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private Csv() {}

    static void row(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quoted(neutralised(fields.get(i))));
        }
        out.append("\r\n");
    }

    static String cell(Cell cell) {
        if (cell instanceof Cell.Number number) {
            return plain(number.value());
        }
        return cell instanceof Cell.Text text ? text.value() : "";
    }

    static String plain(BigDecimal value) {
        return value.toPlainString();
    }

    /** Text a spreadsheet would take for a formula, made inert. */
    public static String neutralised(String field) {
        if (field.isEmpty() || FORMULA_STARTS.indexOf(field.charAt(0)) < 0 || NUMBER.matcher(field).matches()) {
            return field;
        }
        return "'" + field;
    }

    public static String quoted(String field) {
        boolean needs = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0;
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
