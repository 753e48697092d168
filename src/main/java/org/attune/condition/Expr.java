package org.attune.condition;

import java.util.List;

/**
 * A parsed condition. Every node knows where it starts in the condition's text ({@code at}, an offset),
 * so the type checker can point at the part that is wrong.
 */
public sealed interface Expr {

    int at();

    /** A number, a text, true, false or null. */
    record Literal(int at, Value value) implements Expr {}

    record Ref(int at, Name name) implements Expr {}

    /** {@code [a, b, c]}: only on the right of {@code in}. */
    record ListOf(int at, List<Expr> elements) implements Expr {
        public ListOf {
            elements = List.copyOf(elements);
        }
    }

    record Not(int at, Expr operand) implements Expr {}

    record Negate(int at, Expr operand) implements Expr {}

    /** {@code a && b && c} or {@code a || b || c}, kept flat so long chains stay shallow. */
    record Logic(int at, LogicOp op, List<Expr> parts) implements Expr {
        public Logic {
            parts = List.copyOf(parts);
        }
    }

    record Arithmetic(int at, ArithmeticOp op, Expr left, Expr right) implements Expr {}

    record Comparison(int at, ComparisonOp op, Expr left, Expr right) implements Expr {}

    /** {@code element in container}: the container is a list or a multiple-choice answer. */
    record Membership(int at, Expr element, Expr container) implements Expr {}

    record Call(int at, Function function, List<Expr> args) implements Expr {
        public Call {
            args = List.copyOf(args);
        }
    }

    enum LogicOp { AND, OR }

    enum ArithmeticOp {
        PLUS("+"), MINUS("-"), TIMES("*"), DIVIDE("/"), REMAINDER("%");

        final String symbol;

        ArithmeticOp(String symbol) {
            this.symbol = symbol;
        }
    }

    enum ComparisonOp {
        EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

        final String symbol;

        ComparisonOp(String symbol) {
            this.symbol = symbol;
        }

        boolean isEquality() {
            return this == EQ || this == NE;
        }

        /** The same comparison with its sides swapped: {@code 3 < x} is {@code x > 3}. */
        ComparisonOp flipped() {
            return switch (this) {
                case LT -> GT;
                case LE -> GE;
                case GT -> LT;
                case GE -> LE;
                default -> this;
            };
        }
    }

    /** The functions a condition may call. */
    enum Function {
        ANSWERED("answered", 1, 1, "answered(answers.notes)"),
        COUNT("count", 1, 1, "count(answers.topics) >= 2"),
        MIN("min", 2, 32, "min(scores.a, scores.b) < 2"),
        MAX("max", 2, 32, "max(scores.a, scores.b) >= 4");

        final String word;
        final int minArgs;
        final int maxArgs;
        final String example;

        Function(String word, int minArgs, int maxArgs, String example) {
            this.word = word;
            this.minArgs = minArgs;
            this.maxArgs = maxArgs;
            this.example = example;
        }

        static java.util.Optional<Function> fromWord(String word) {
            return java.util.Arrays.stream(values()).filter(f -> f.word.equals(word)).findFirst();
        }

        static List<String> words() {
            return java.util.Arrays.stream(values()).map(f -> f.word).toList();
        }
    }
}
