package org.attune.condition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attune.condition.Expr.ArithmeticOp;
import org.attune.condition.Expr.ComparisonOp;
import org.attune.condition.Expr.LogicOp;
import org.attune.condition.Token.Kind;
import org.attune.text.Suggestions;

/**
 * Recursive descent over the grammar in docs/questionnaire-format.md#conditions. Depth and the number
 * of terms are counted as it goes, so a hostile text stops at a limit long before the stack would.
 */
final class Parser {
    private static final String NAMES_FIX = "names are answers.ID, scores.ID, bands.ID or flags.ID";

    private final List<Token> tokens;
    private final Limits limits;
    private int pos;
    private int depth;
    private int terms;

    private Parser(List<Token> tokens, Limits limits) {
        this.tokens = tokens;
        this.limits = limits;
    }

    static Expr parse(String text, Limits limits) throws ConditionSyntaxException {
        if (text.length() > limits.maxLength()) {
            throw new ConditionSyntaxException(0, "the condition is " + text.length() + " characters long; the most is " + limits.maxLength(),
                    "split it, e.g. into a flag that a recommendation reads with flags.ID");
        }
        if (text.isBlank()) {
            throw new ConditionSyntaxException(0, "the condition is empty", "write a condition such as answers.item_id == 'yes'");
        }
        Parser parser = new Parser(Lexer.tokens(text), limits);
        Expr expr = parser.or();
        Token end = parser.peek();
        if (!end.is(Kind.END)) {
            throw parser.unexpected(end, "the condition should end here, or join the next part with && or ||");
        }
        return expr;
    }

    private Expr or() throws ConditionSyntaxException {
        return logic(LogicOp.OR, Kind.OR, "or");
    }

    private Expr and() throws ConditionSyntaxException {
        return logic(LogicOp.AND, Kind.AND, "and");
    }

    private Expr logic(LogicOp op, Kind symbol, String word) throws ConditionSyntaxException {
        int at = peek().at();
        List<Expr> parts = new ArrayList<>();
        parts.add(op == LogicOp.OR ? and() : not());
        while (peek().is(symbol) || peek().isWord(word)) {
            pos++;
            parts.add(op == LogicOp.OR ? and() : not());
        }
        return parts.size() == 1 ? parts.get(0) : new Expr.Logic(at, op, parts);
    }

    private Expr not() throws ConditionSyntaxException {
        Token t = peek();
        if (t.is(Kind.NOT) || t.isWord("not")) {
            pos++;
            enter(t);
            Expr operand = not();
            depth--;
            return new Expr.Not(t.at(), operand);
        }
        return comparison();
    }

    private Expr comparison() throws ConditionSyntaxException {
        Expr left = additive();
        Token t = peek();
        Optional<ComparisonOp> op = comparisonOp(t);
        Expr result;
        if (op.isPresent()) {
            pos++;
            result = new Expr.Comparison(left.at(), op.get(), left, additive());
        } else if (t.isWord("in")) {
            pos++;
            result = new Expr.Membership(left.at(), left, additive());
        } else {
            return left;
        }
        Token after = peek();
        if (comparisonOp(after).isPresent() || after.isWord("in")) {
            throw new ConditionSyntaxException(after.at(), "one comparison follows another",
                    "compare two things at a time and join comparisons with &&, e.g. answers.x >= 1 && answers.x <= 3");
        }
        return result;
    }

    private Expr additive() throws ConditionSyntaxException {
        Expr left = term();
        while (peek().is(Kind.PLUS) || peek().is(Kind.MINUS)) {
            Token t = tokens.get(pos++);
            left = new Expr.Arithmetic(left.at(), t.is(Kind.PLUS) ? ArithmeticOp.PLUS : ArithmeticOp.MINUS, left, term());
        }
        return left;
    }

    private Expr term() throws ConditionSyntaxException {
        Expr left = unary();
        while (peek().is(Kind.TIMES) || peek().is(Kind.DIVIDE) || peek().is(Kind.REMAINDER)) {
            Token t = tokens.get(pos++);
            ArithmeticOp op = t.is(Kind.TIMES) ? ArithmeticOp.TIMES : t.is(Kind.DIVIDE) ? ArithmeticOp.DIVIDE : ArithmeticOp.REMAINDER;
            left = new Expr.Arithmetic(left.at(), op, left, unary());
        }
        return left;
    }

    private Expr unary() throws ConditionSyntaxException {
        Token t = peek();
        if (t.is(Kind.MINUS)) {
            pos++;
            enter(t);
            Expr operand = unary();
            depth--;
            return new Expr.Negate(t.at(), operand);
        }
        return primary();
    }

    private Expr primary() throws ConditionSyntaxException {
        Token t = tokens.get(pos++);
        if (++terms > limits.maxTerms()) {
            throw new ConditionSyntaxException(t.at(), "the condition has more than " + limits.maxTerms() + " terms",
                    "split it, e.g. into a flag that a recommendation reads with flags.ID");
        }
        return switch (t.kind()) {
            case NUMBER -> new Expr.Literal(t.at(), new Value.Number(new BigDecimal(t.text())));
            case STRING -> new Expr.Literal(t.at(), new Value.Text(t.text()));
            case LPAREN -> parenthesised(t);
            case LBRACKET -> list(t);
            case WORD -> word(t);
            default -> {
                pos--;
                throw unexpected(t, "a value belongs here: a name such as answers.item_id, a number, or 'text'");
            }
        };
    }

    private Expr parenthesised(Token open) throws ConditionSyntaxException {
        enter(open);
        Expr inner = or();
        expect(Kind.RPAREN, open, "close the parenthesis opened here with )");
        depth--;
        return inner;
    }

    private Expr list(Token open) throws ConditionSyntaxException {
        enter(open);
        List<Expr> elements = new ArrayList<>();
        if (!peek().is(Kind.RBRACKET)) {
            do {
                elements.add(additive());
            } while (accept(Kind.COMMA));
        }
        expect(Kind.RBRACKET, open, "close the list opened here with ], separating values with commas");
        depth--;
        return new Expr.ListOf(open.at(), elements);
    }

    private Expr word(Token t) throws ConditionSyntaxException {
        switch (t.text()) {
            case "true" -> {
                return new Expr.Literal(t.at(), Value.TRUE);
            }
            case "false" -> {
                return new Expr.Literal(t.at(), Value.FALSE);
            }
            case "null" -> {
                return new Expr.Literal(t.at(), Value.MISSING);
            }
            case "and", "or", "not", "in" -> {
                pos--;
                throw unexpected(t, "a value belongs before '" + t.text() + "'");
            }
            default -> { }
        }
        if (peek().is(Kind.LPAREN)) {
            return call(t);
        }
        Optional<Root> root = Root.fromWord(t.text());
        if (root.isEmpty()) {
            String fix = Suggestions.closest(t.text(), Root.words()).map(s -> "did you mean '" + s + "'?")
                    .orElse(NAMES_FIX + ", e.g. answers." + t.text());
            throw new ConditionSyntaxException(t.at(), "'" + t.text() + "' is not a name attune knows", fix);
        }
        if (!accept(Kind.DOT) || !peek().is(Kind.WORD)) {
            throw new ConditionSyntaxException(t.at(), "'" + t.text() + "' needs an id after it", "name one entry, e.g. " + t.text() + ".some_id");
        }
        Token id = tokens.get(pos++);
        if (peek().is(Kind.DOT) || peek().is(Kind.LPAREN)) {
            throw new ConditionSyntaxException(peek().at(), "'" + t.text() + "." + id.text() + "' is followed by "
                    + (peek().is(Kind.DOT) ? "." : "("), "a name has two parts, such as answers.item_id; conditions read no properties and call no methods");
        }
        return new Expr.Ref(t.at(), new Name(root.get(), id.text()));
    }

    private Expr call(Token t) throws ConditionSyntaxException {
        Optional<Expr.Function> function = Expr.Function.fromWord(t.text());
        if (function.isEmpty()) {
            String fix = Suggestions.closest(t.text(), Expr.Function.words()).map(s -> "did you mean '" + s + "'?")
                    .orElse("the functions are " + String.join(", ", Expr.Function.words()));
            throw new ConditionSyntaxException(t.at(), "'" + t.text() + "' is not a function attune knows", fix);
        }
        Token open = tokens.get(pos++);
        enter(open);
        List<Expr> args = new ArrayList<>();
        if (!peek().is(Kind.RPAREN)) {
            do {
                args.add(or());
            } while (accept(Kind.COMMA));
        }
        expect(Kind.RPAREN, open, "close the call with ), separating values with commas");
        depth--;
        Expr.Function f = function.get();
        if (args.size() < f.minArgs || args.size() > f.maxArgs) {
            String count = f.minArgs == f.maxArgs ? "one value" : f.minArgs + " to " + f.maxArgs + " values";
            throw new ConditionSyntaxException(t.at(), f.word + " takes " + count + ", not " + args.size(), "e.g. " + f.example);
        }
        return new Expr.Call(t.at(), f, args);
    }

    private void enter(Token t) throws ConditionSyntaxException {
        if (++depth > limits.maxDepth()) {
            throw new ConditionSyntaxException(t.at(), "the condition is nested more than " + limits.maxDepth() + " levels deep",
                    "remove parentheses or negations that are not needed, or split the condition");
        }
    }

    private static Optional<ComparisonOp> comparisonOp(Token t) {
        return Optional.ofNullable(switch (t.kind()) {
            case EQ -> ComparisonOp.EQ;
            case NE -> ComparisonOp.NE;
            case LT -> ComparisonOp.LT;
            case LE -> ComparisonOp.LE;
            case GT -> ComparisonOp.GT;
            case GE -> ComparisonOp.GE;
            default -> null;
        });
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private boolean accept(Kind kind) {
        if (peek().is(kind)) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(Kind kind, Token opened, String fix) throws ConditionSyntaxException {
        if (!accept(kind)) {
            Token t = peek();
            throw new ConditionSyntaxException(t.is(Kind.END) ? opened.at() : t.at(),
                    t.is(Kind.END) ? "the condition ends before " + opened.text() + " is closed" : "unexpected " + describe(t), fix);
        }
    }

    private ConditionSyntaxException unexpected(Token t, String fix) {
        if (t.is(Kind.END)) {
            Token last = pos > 0 ? tokens.get(pos - 1) : t;
            return new ConditionSyntaxException(last.at(), "the condition ends after " + describe(last), fix);
        }
        return new ConditionSyntaxException(t.at(), "unexpected " + describe(t), fix);
    }

    private static String describe(Token t) {
        return switch (t.kind()) {
            case STRING -> "text '" + t.text() + "'";
            case NUMBER -> "number " + t.text();
            case END -> "end of the condition";
            default -> "'" + t.text() + "'";
        };
    }
}
