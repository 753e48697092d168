package org.attune.condition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.attune.condition.Expr.ComparisonOp;
import org.attune.condition.Type.Kind;
import org.attune.text.Suggestions;

/**
 * Checks a parsed condition against what its names hold: every name resolves, choices are compared
 * with their own options, yes/no with 'yes' or 'no', bands with their labels, numbers within their
 * range; a comparison that can never hold, or always holds, is a mistake. Collects every problem.
 */
final class TypeChecker {
    private final Vocabulary vocabulary;
    private final List<Problem> problems = new ArrayList<>();

    private TypeChecker(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    static List<Problem> check(Expr condition, Vocabulary vocabulary) {
        TypeChecker checker = new TypeChecker(vocabulary);
        Type type = checker.type(condition);
        if (!type.isError() && type.kind() != Kind.BOOL) {
            checker.problem(condition, "the condition is " + type.describe() + ", not true or false",
                    type.name() == null ? "compare it, e.g. answers.item_id == 'yes'" : "compare it, e.g. " + example(type));
        } else if (type.constant()) {
            checker.problem(condition, "the condition reads no answer, score, band or flag, so it is always the same",
                    "name what it depends on, e.g. answers.item_id == 'yes'");
        }
        return List.copyOf(checker.problems);
    }

    private Type type(Expr e) {
        if (e instanceof Expr.Literal l) {
            return literal(l.value());
        } else if (e instanceof Expr.Ref r) {
            return ref(r);
        } else if (e instanceof Expr.ListOf l) {
            problem(l, "a list can only follow 'in'", "e.g. answers.level in [1, 2]");
            return Type.ERROR;
        } else if (e instanceof Expr.Not n) {
            Type operand = bool(n.operand());
            return operand.isError() ? operand : Type.bool(operand.constant());
        } else if (e instanceof Expr.Negate n) {
            Type operand = numeric(n.operand());
            return operand.isError() ? operand : Type.number(negate(operand.high()), negate(operand.low()), operand.constant());
        } else if (e instanceof Expr.Logic l) {
            boolean constant = true;
            boolean error = false;
            for (Expr part : l.parts()) {
                Type t = bool(part);
                error |= t.isError();
                constant &= t.constant();
            }
            return error ? Type.ERROR : Type.bool(constant);
        } else if (e instanceof Expr.Arithmetic a) {
            return arithmetic(a);
        } else if (e instanceof Expr.Comparison c) {
            return comparison(c);
        } else if (e instanceof Expr.Membership m) {
            return membership(m);
        }
        return call((Expr.Call) e);
    }

    private static Type literal(Value v) {
        if (v instanceof Value.Number n) {
            return Type.number(n.value(), n.value(), true);
        }
        return Type.constant(v instanceof Value.Text ? Kind.TEXT : v instanceof Value.Bool ? Kind.BOOL : Kind.NULL);
    }

    private Type ref(Expr.Ref r) {
        Vocabulary.Lookup lookup = vocabulary.lookup(r.name());
        if (lookup instanceof Vocabulary.Refused refused) {
            problems.add(new Problem(r.at(), refused.message(), refused.fix()));
            return Type.ERROR;
        }
        return Type.of(r.name(), ((Vocabulary.Found) lookup).type());
    }

    private Type bool(Expr e) {
        Type t = type(e);
        if (!t.isError() && t.kind() != Kind.BOOL) {
            problem(e, Printer.print(e) + " is " + t.describe() + ", not true or false",
                    t.name() == null ? "compare it with something" : "compare it, e.g. " + example(t));
            return Type.ERROR;
        }
        return t;
    }

    private Type numeric(Expr e) {
        Type t = type(e);
        if (!t.isError() && !t.isNumeric()) {
            problem(e, Printer.print(e) + " is " + t.describe() + ", and arithmetic needs numbers",
                    t.kind() == Kind.MULTI ? "count its ticked options with count(" + t.name() + ")" : "use numbers, scores or choice answers");
            return Type.ERROR;
        }
        return t;
    }

    private Type arithmetic(Expr.Arithmetic a) {
        Type left = numeric(a.left());
        Type right = numeric(a.right());
        if (left.isError() || right.isError()) {
            return Type.ERROR;
        }
        boolean constant = left.constant() && right.constant();
        if ((a.op() == Expr.ArithmeticOp.DIVIDE || a.op() == Expr.ArithmeticOp.REMAINDER) && right.constant()
                && right.low() != null && right.low().signum() == 0) {
            problem(a.right(), "this divides by zero", "divide by a number other than 0");
            return Type.ERROR;
        }
        return switch (a.op()) {
            case PLUS -> Type.number(add(left.low(), right.low()), add(left.high(), right.high()), constant);
            case MINUS -> Type.number(subtract(left.low(), right.high()), subtract(left.high(), right.low()), constant);
            default -> Type.number(null, null, constant);
        };
    }

    private Type comparison(Expr.Comparison c) {
        Type left = type(c.left());
        Type right = type(c.right());
        if (left.isError() || right.isError()) {
            return Type.ERROR;
        }
        if (left.constant() && right.constant()) {
            problem(c, Printer.print(c) + " compares two fixed values, so it is always the same", "compare an answer, score, band or flag");
            return Type.ERROR;
        }
        if (left.kind() == Kind.NULL || right.kind() == Kind.NULL) {
            return nullComparison(c, left.kind() == Kind.NULL ? right : left);
        }
        // keep the name on the left, so each rule below is written once
        boolean flip = left.constant() || (left.name() == null && right.name() != null);
        return flip ? compare(c, c.op().flipped(), right, left, c.left()) : compare(c, c.op(), left, right, c.right());
    }

    private Type nullComparison(Expr.Comparison c, Type other) {
        if (!c.op().isEquality()) {
            problem(c, "only == and != work with null", "test for an answer with answered(" + nameOr(other, "answers.item_id") + ")");
            return Type.ERROR;
        }
        if (other.name() == null || other.name().root() == Root.FLAGS) {
            problem(c, Printer.print(c) + ": " + other.describe() + " is never null",
                    "compare null only with answers, scores and bands; or write answered(answers.item_id)");
            return Type.ERROR;
        }
        return Type.bool(false);
    }

    /** {@code named op other}, where {@code otherNode} is the node of {@code other}, for messages. */
    private Type compare(Expr.Comparison c, ComparisonOp op, Type named, Type other, Expr otherNode) {
        if (named.kind() == Kind.MULTI || other.kind() == Kind.MULTI) {
            Type multi = named.kind() == Kind.MULTI ? named : other;
            problem(c, "the multiple choice " + multi.name() + " holds several options and cannot be compared",
                    "test one option with 'key' in " + multi.name() + ", or count them with count(" + multi.name() + ")");
            return Type.ERROR;
        }
        if (named.kind() == Kind.CHOICE && other.kind() == Kind.TEXT) {
            return equalityOnly(c, op, named) ? optionNamed(named, otherNode) : Type.ERROR;
        }
        if (named.isNumeric() && other.isNumeric()) {
            if (named.kind() == Kind.CHOICE && other.constant() && op.isEquality()) {
                return optionValued(named, otherNode, other.low());
            }
            return range(c, op, named, other);
        }
        if (named.kind() == Kind.YESNO && other.kind() == Kind.TEXT) {
            return equalityOnly(c, op, named) ? yesNo(named, otherNode) : Type.ERROR;
        }
        if (named.kind() == Kind.BAND && other.kind() == Kind.TEXT) {
            return equalityOnly(c, op, named) ? bandLabel(named, otherNode) : Type.ERROR;
        }
        boolean sameKind = named.kind() == other.kind() && named.kind() != Kind.CHOICE;
        boolean textWithText = (named.kind() == Kind.FREETEXT || named.kind() == Kind.TEXT)
                && (other.kind() == Kind.TEXT || other.kind() == Kind.FREETEXT);
        if (sameKind || textWithText) {
            return equalityOnly(c, op, named) ? Type.bool(false) : Type.ERROR;
        }
        problem(c, Printer.print(c) + " compares " + named.describe() + " with " + other.describe() + ", which are different kinds of value",
                example(named).isEmpty() ? "compare things of the same kind" : "compare it like this: " + example(named));
        return Type.ERROR;
    }

    private boolean equalityOnly(Expr.Comparison c, ComparisonOp op, Type named) {
        if (op.isEquality()) {
            return true;
        }
        problem(c, named.describe() + " has no order, so '" + op.symbol + "' does not apply",
                named.kind() == Kind.CHOICE ? "compare by name with == or !=, or by the option's value (a number)" : "use == or !=");
        return false;
    }

    private Type optionNamed(Type choice, Expr literal) {
        String text = ((Value.Text) ((Expr.Literal) literal).value()).text();
        if (choice.options().stream().noneMatch(o -> o.isNamed(text))) {
            problem(literal, "'" + text + "' is not an option of " + choice.name(), optionFix(text, choice.options()));
            return Type.ERROR;
        }
        return Type.bool(false);
    }

    private Type optionValued(Type choice, Expr literal, BigDecimal value) {
        if (choice.options().stream().noneMatch(o -> o.value().compareTo(value) == 0)) {
            problem(literal, choice.name() + " has no option with the value " + Printer.number(value),
                    "its values are " + choice.options().stream().map(o -> Printer.number(o.value())).distinct().collect(Collectors.joining(", ")));
            return Type.ERROR;
        }
        return Type.bool(false);
    }

    private Type yesNo(Type named, Expr literal) {
        String text = ((Value.Text) ((Expr.Literal) literal).value()).text();
        if (!text.equals("yes") && !text.equals("no")) {
            problem(literal, named.name() + " is a yes/no question, and '" + text + "' is neither 'yes' nor 'no'",
                    text.equalsIgnoreCase("yes") || text.equalsIgnoreCase("no")
                            ? "did you mean '" + text.toLowerCase(java.util.Locale.ROOT) + "'? yes/no answers are written in lower case"
                            : "compare it with 'yes' or 'no'");
            return Type.ERROR;
        }
        return Type.bool(false);
    }

    private Type bandLabel(Type band, Expr literal) {
        String text = ((Value.Text) ((Expr.Literal) literal).value()).text();
        List<String> labels = ((ValueType.Band) band.declared()).labels();
        if (!labels.contains(text)) {
            problem(literal, "'" + text + "' is not a band of " + band.name().id(),
                    labels.isEmpty() ? "the score has no bands; compare scores." + band.name().id() + " with a number instead"
                            : Suggestions.fixFor(text, labels, "bands"));
            return Type.ERROR;
        }
        return Type.bool(false);
    }

    /** A comparison of numbers whose ranges show it can never hold, or always holds when there is a value. */
    private Type range(Expr.Comparison c, ComparisonOp op, Type named, Type other) {
        if (!named.hasRange() || !other.hasRange()) {
            return Type.bool(false);
        }
        BigDecimal a = named.low();
        BigDecimal b = named.high();
        BigDecimal x = other.low();
        BigDecimal y = other.high();
        boolean never = switch (op) {
            case LT -> a.compareTo(y) >= 0;
            case LE -> a.compareTo(y) > 0;
            case GT -> b.compareTo(x) <= 0;
            case GE -> b.compareTo(x) < 0;
            case EQ -> b.compareTo(x) < 0 || a.compareTo(y) > 0;
            case NE -> a.compareTo(b) == 0 && x.compareTo(y) == 0 && a.compareTo(x) == 0;
        };
        boolean always = switch (op) {
            case LT -> b.compareTo(x) < 0;
            case LE -> b.compareTo(x) <= 0;
            case GT -> a.compareTo(y) > 0;
            case GE -> a.compareTo(y) >= 0;
            case EQ -> a.compareTo(b) == 0 && x.compareTo(y) == 0 && a.compareTo(x) == 0;
            case NE -> b.compareTo(x) < 0 || a.compareTo(y) > 0;
        };
        String span = describeRange(named);
        if (never) {
            problem(c, Printer.print(c) + " can never be true: " + span, other.constant()
                    ? "compare with a number from " + Printer.number(a) + " to " + Printer.number(b) : "check the comparison");
            return Type.ERROR;
        }
        if (always) {
            problem(c, Printer.print(c) + " is always true when there is a value: " + span,
                    (named.name() != null ? "to test that it has a value write answered(" + named.name() + "); otherwise " : "")
                            + "compare with a number from " + Printer.number(a) + " to " + Printer.number(b));
            return Type.ERROR;
        }
        return Type.bool(false);
    }

    private static String describeRange(Type t) {
        String what = t.name() == null ? "the left side" : t.name().toString();
        return what + " is " + (t.low().compareTo(t.high()) == 0 ? Printer.number(t.low())
                : "from " + Printer.number(t.low()) + " to " + Printer.number(t.high()));
    }

    private Type membership(Expr.Membership m) {
        if (m.container() instanceof Expr.ListOf list) {
            Type element = type(m.element());
            if (element.isError()) {
                return element;
            }
            if (element.constant()) {
                problem(m, Printer.print(m) + " tests a fixed value, so it is always the same", "test an answer, e.g. answers.level in [1, 2]");
                return Type.ERROR;
            }
            if (list.elements().isEmpty()) {
                problem(list, "the list is empty, so this is never true", "list the values to look for, e.g. [1, 2]");
                return Type.ERROR;
            }
            boolean ok = true;
            for (Expr candidate : list.elements()) {
                ok &= !comparison(new Expr.Comparison(candidate.at(), ComparisonOp.EQ, m.element(), candidate)).isError();
            }
            return ok ? Type.bool(false) : Type.ERROR;
        }
        Type container = type(m.container());
        if (container.isError()) {
            return container;
        }
        if (container.kind() != Kind.MULTI) {
            problem(m.container(), "'in' needs a list or a multiple-choice answer on its right, not " + container.describe(),
                    "e.g. answers.level in [1, 2], or 'ethics' in answers.topics");
            return Type.ERROR;
        }
        if (!(m.element() instanceof Expr.Literal l && l.value() instanceof Value.Text text)) {
            problem(m.element(), "name the option to look for in " + container.name() + " by its key or label, in quotes",
                    "e.g. " + container.options().stream().findFirst().map(o -> "'" + o.name() + "'").orElse("'key'") + " in " + container.name());
            return Type.ERROR;
        }
        if (container.options().stream().noneMatch(o -> o.isNamed(text.text()))) {
            problem(m.element(), "'" + text.text() + "' is not an option of " + container.name(), optionFix(text.text(), container.options()));
            return Type.ERROR;
        }
        return Type.bool(false);
    }

    private Type call(Expr.Call c) {
        return switch (c.function()) {
            case ANSWERED -> answered(c);
            case COUNT -> count(c);
            case MIN, MAX -> extreme(c);
        };
    }

    private Type answered(Expr.Call c) {
        Expr arg = c.args().get(0);
        if (!(arg instanceof Expr.Ref ref) || ref.name().root() == Root.FLAGS) {
            problem(arg, "answered() takes one name of an answer, score or band", "e.g. answered(answers.notes)");
            return Type.ERROR;
        }
        return type(arg).isError() ? Type.ERROR : Type.bool(false);
    }

    private Type count(Expr.Call c) {
        Expr arg = c.args().get(0);
        Type t = type(arg);
        if (t.isError()) {
            return t;
        }
        if (t.kind() != Kind.MULTI) {
            problem(arg, "count() counts the ticked options of a multiple choice, and " + Printer.print(arg) + " is " + t.describe(),
                    "e.g. count(answers.topics) >= 2");
            return Type.ERROR;
        }
        return Type.number(BigDecimal.ZERO, BigDecimal.valueOf(t.options().size()), false);
    }

    private Type extreme(Expr.Call c) {
        List<Type> args = new ArrayList<>();
        for (Expr arg : c.args()) {
            args.add(numeric(arg));
        }
        if (args.stream().anyMatch(Type::isError)) {
            return Type.ERROR;
        }
        boolean min = c.function() == Expr.Function.MIN;
        boolean known = args.stream().allMatch(Type::hasRange);
        BigDecimal low = known ? pick(args.stream().map(Type::low).toList(), min) : null;
        BigDecimal high = known ? pick(args.stream().map(Type::high).toList(), min) : null;
        return Type.number(low, high, args.stream().allMatch(Type::constant));
    }

    private static BigDecimal pick(List<BigDecimal> values, boolean min) {
        return min ? values.stream().min(BigDecimal::compareTo).orElseThrow() : values.stream().max(BigDecimal::compareTo).orElseThrow();
    }

    private static String optionFix(String written, List<Option> options) {
        // keys first: a key is what a condition should name an option by
        Optional<String> close = Suggestions.closest(written, options.stream().map(Option::name).toList())
                .or(() -> Suggestions.closest(written, options.stream().map(Option::label).toList()));
        return close.map(s -> "did you mean '" + s + "'?").orElse("its options are "
                + options.stream().map(o -> "'" + o.name() + "'").collect(Collectors.joining(", ")));
    }

    private static String example(Type t) {
        if (t.name() == null) {
            return "";
        }
        return switch (t.kind()) {
            case YESNO -> t.name() + " == 'yes'";
            case CHOICE -> t.name() + " == " + t.options().stream().findFirst().map(o -> "'" + o.name() + "'").orElse("1");
            case MULTI -> "'" + t.options().stream().findFirst().map(Option::name).orElse("key") + "' in " + t.name();
            case BAND -> t.name() + " == '" + ((ValueType.Band) t.declared()).labels().stream().findFirst().orElse("label") + "'";
            case NUMBER -> t.name() + " > " + (t.low() == null ? "1" : Printer.number(t.low()));
            case FREETEXT -> "answered(" + t.name() + ")";
            default -> t.name().toString();
        };
    }

    private static String nameOr(Type t, String fallback) {
        return t.name() == null ? fallback : t.name().toString();
    }

    private void problem(Expr at, String message, String fix) {
        problems.add(new Problem(at.at(), message, fix));
    }

    private static BigDecimal negate(BigDecimal v) {
        return v == null ? null : v.negate();
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.add(b);
    }

    private static BigDecimal subtract(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.subtract(b);
    }
}
