package org.attune.condition;

import java.util.ArrayList;
import java.util.List;
import org.attune.condition.Token.Kind;

/** Splits a condition into tokens, refusing what the language does not have with a message that says so. */
final class Lexer {
    static final int MAX_NUMBER_LENGTH = 30;
    private static final String NUMBER_FIX = "write numbers as plain decimals, such as 12 or 3.5";

    private final String text;
    private int pos;

    private Lexer(String text) {
        this.text = text;
    }

    static List<Token> tokens(String text) throws ConditionSyntaxException {
        return new Lexer(text).all();
    }

    private List<Token> all() throws ConditionSyntaxException {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            while (pos < text.length() && isSpace(text.charAt(pos))) {
                pos++;
            }
            if (pos >= text.length()) {
                tokens.add(new Token(Kind.END, "", pos));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private Token next() throws ConditionSyntaxException {
        int start = pos;
        char c = text.charAt(pos);
        if (isDigit(c)) {
            return number(start);
        }
        if (c == '\'' || c == '"') {
            return string(start, c);
        }
        if (isWordStart(c)) {
            while (pos < text.length() && isWordPart(text.charAt(pos))) {
                pos++;
            }
            return new Token(Kind.WORD, text.substring(start, pos), start);
        }
        return symbol(start, c);
    }

    private Token number(int start) throws ConditionSyntaxException {
        digits();
        if (peek(0) == '.' && isDigit(peek(1))) {
            pos++;
            digits();
        }
        if (pos < text.length() && (isWordPart(text.charAt(pos)) || text.charAt(pos) == '.' && peek(1) != '.')) {
            throw new ConditionSyntaxException(start, "'" + shown(start) + "' is not a number attune reads", NUMBER_FIX);
        }
        if (pos - start > MAX_NUMBER_LENGTH) {
            throw new ConditionSyntaxException(start, "a number is longer than " + MAX_NUMBER_LENGTH + " characters", NUMBER_FIX);
        }
        return new Token(Kind.NUMBER, text.substring(start, pos), start);
    }

    private void digits() {
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            pos++;
        }
    }

    private Token string(int start, char quote) throws ConditionSyntaxException {
        StringBuilder value = new StringBuilder();
        pos++;
        while (pos < text.length() && text.charAt(pos) != quote) {
            char c = text.charAt(pos);
            if (c == '\\' && pos + 1 < text.length()) {
                c = text.charAt(++pos);
            }
            value.append(c);
            pos++;
        }
        if (pos >= text.length()) {
            throw new ConditionSyntaxException(start, "a text that starts here has no closing " + quote,
                    "end the text with " + quote + ", e.g. answers.item == " + quote + "yes" + quote);
        }
        pos++;
        return new Token(Kind.STRING, value.toString(), start);
    }

    private Token symbol(int start, char c) throws ConditionSyntaxException {
        char n = peek(1);
        String two = "" + c + n;
        Kind kind = switch (two) {
            case "&&" -> Kind.AND;
            case "||" -> Kind.OR;
            case "==" -> Kind.EQ;
            case "!=" -> Kind.NE;
            case "<=" -> Kind.LE;
            case ">=" -> Kind.GE;
            default -> null;
        };
        if (kind == Kind.EQ && peek(2) == '=') {
            throw new ConditionSyntaxException(start, "'===' is not part of attune conditions", "use == to compare");
        }
        if (kind != null) {
            pos += 2;
            return new Token(kind, two, start);
        }
        refuse(start, c, two);
        kind = switch (c) {
            case '!' -> Kind.NOT;
            case '<' -> Kind.LT;
            case '>' -> Kind.GT;
            case '+' -> Kind.PLUS;
            case '-' -> Kind.MINUS;
            case '*' -> Kind.TIMES;
            case '/' -> Kind.DIVIDE;
            case '%' -> Kind.REMAINDER;
            case '(' -> Kind.LPAREN;
            case ')' -> Kind.RPAREN;
            case '[' -> Kind.LBRACKET;
            case ']' -> Kind.RBRACKET;
            case ',' -> Kind.COMMA;
            case '.' -> Kind.DOT;
            default -> throw new ConditionSyntaxException(start, describe(c) + " has no meaning in a condition",
                    "conditions use names such as answers.item_id, numbers, 'text', comparisons, && || ! and parentheses");
        };
        pos++;
        return new Token(kind, String.valueOf(c), start);
    }

    /** Operators from other languages, refused with what to write instead. */
    private static void refuse(int at, char c, String two) throws ConditionSyntaxException {
        switch (two) {
            case "<>" -> throw new ConditionSyntaxException(at, "'<>' is not part of attune conditions", "use != for 'not equal'");
            case "=~", "!~" -> throw new ConditionSyntaxException(at, "'" + two + "' is not part of attune conditions",
                    "test membership with in: 'ethics' in answers.topics, or answers.level in [1, 2]");
            case "..", "**", "->", "=>", "::", "?:", "??" -> throw new ConditionSyntaxException(at,
                    "'" + two + "' is not part of attune conditions", "conditions only compare, combine and compute values");
            default -> { }
        }
        switch (c) {
            case '=' -> throw new ConditionSyntaxException(at, "a single = assigns, and conditions never assign", "use == to compare");
            case '&' -> throw new ConditionSyntaxException(at, "a single & is not an operator", "use && (or the word and)");
            case '|' -> throw new ConditionSyntaxException(at, "a single | is not an operator", "use || (or the word or)");
            case '?' -> throw new ConditionSyntaxException(at, "conditions have no if-then-else (? :)",
                    "write separate conditions joined with && and ||");
            case ':' -> throw new ConditionSyntaxException(at, "':' is not part of attune conditions",
                    "call a function by its name alone: answered(...), count(...), min(...) or max(...)");
            default -> { }
        }
    }

    private String shown(int start) {
        int end = pos;
        while (end < text.length() && (isWordPart(text.charAt(end)) || text.charAt(end) == '.')) {
            end++;
        }
        return text.substring(start, Math.min(end, start + 40));
    }

    private char peek(int ahead) {
        return pos + ahead < text.length() ? text.charAt(pos + ahead) : '\0';
    }

    static String describe(char c) {
        return c >= 0x20 && c < 0x7f ? "'" + c + "'" : String.format("the character U+%04X", (int) c);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isWordPart(char c) {
        return isWordStart(c) || isDigit(c);
    }
}
