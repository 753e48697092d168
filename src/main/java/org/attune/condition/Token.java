package org.attune.condition;

/** One token of a condition, with its offset in the text. */
record Token(Kind kind, String text, int at) {

    enum Kind {
        NUMBER, STRING, WORD, DOT, COMMA, LPAREN, RPAREN, LBRACKET, RBRACKET,
        AND, OR, NOT, EQ, NE, LT, LE, GT, GE, PLUS, MINUS, TIMES, DIVIDE, REMAINDER, END
    }

    boolean is(Kind k) {
        return kind == k;
    }

    /** A word used as an operator: and, or, not, in. */
    boolean isWord(String word) {
        return kind == Kind.WORD && text.equals(word);
    }
}
