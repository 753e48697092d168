package org.attune.condition;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.attune.condition.Expr.ComparisonOp;

/**
 * Evaluates a checked condition. A missing value makes arithmetic missing and any comparison false, except
 * a comparison with null, which tests for it. With witnesses, every node is visited once (no short cut, so
 * the witnesses are complete), which keeps evaluation linear in the size of the condition. When only the
 * truth is asked for, no witnesses are collected and 'and' and 'or' stop at the first part that settles
 * them: most conditions do not hold, and their witnesses are never read.
 */
final class Evaluator {
    private final Values values;
    private final boolean witnesses;

    private Evaluator(Values values, boolean witnesses) {
        this.values = values;
        this.witnesses = witnesses;
    }

    /** A value and the names that decided it. */
    private record Outcome(Value value, Set<Name> deciding) {
        boolean isTrue() {
            return value instanceof Value.Bool b && b.value();
        }
    }

    private static final Outcome TRUE = new Outcome(Value.TRUE, Set.of());
    private static final Outcome FALSE = new Outcome(Value.FALSE, Set.of());

    /** A truth and what decided it; one of two shared outcomes when nothing did, as whenever witnesses are not wanted. */
    private static Outcome outcome(boolean value, Set<Name> deciding) {
        return deciding.isEmpty() ? (value ? TRUE : FALSE) : new Outcome(Value.of(value), deciding);
    }

    static Verdict evaluate(Expr condition, Values values) {
        Outcome outcome = new Evaluator(values, true).eval(condition);
        return new Verdict(outcome.isTrue(), List.copyOf(outcome.deciding()));
    }

    static boolean holds(Expr condition, Values values) {
        return new Evaluator(values, false).eval(condition).isTrue();
    }

    private Outcome eval(Expr e) {
        if (e instanceof Expr.Literal l) {
            return new Outcome(l.value(), Set.of());
        } else if (e instanceof Expr.Ref r) {
            return new Outcome(values.of(r.name()), witnesses ? Set.of(r.name()) : Set.of());
        } else if (e instanceof Expr.Not n) {
            Outcome operand = eval(n.operand());
            return outcome(!operand.isTrue(), operand.deciding());
        } else if (e instanceof Expr.Negate n) {
            Outcome operand = eval(n.operand());
            BigDecimal v = number(operand.value());
            return new Outcome(v == null ? Value.MISSING : new Value.Number(v.negate()), operand.deciding());
        } else if (e instanceof Expr.Logic l) {
            return logic(l);
        } else if (e instanceof Expr.Arithmetic a) {
            return arithmetic(a);
        } else if (e instanceof Expr.Comparison c) {
            Outcome left = eval(c.left());
            Outcome right = eval(c.right());
            return outcome(compare(c.op(), c.left(), left.value(), c.right(), right.value()), union(left, right));
        } else if (e instanceof Expr.Membership m) {
            return membership(m);
        }
        return call((Expr.Call) e);
    }

    private Outcome logic(Expr.Logic l) {
        boolean and = l.op() == Expr.LogicOp.AND;
        if (!witnesses) {
            // only the truth is wanted, so the first part that settles it is enough
            for (Expr part : l.parts()) {
                if (eval(part).isTrue() != and) {
                    return and ? FALSE : TRUE;
                }
            }
            return and ? TRUE : FALSE;
        }
        List<Outcome> parts = new ArrayList<>(l.parts().size());
        boolean holds = and;
        for (Expr part : l.parts()) {
            Outcome outcome = eval(part);
            parts.add(outcome);
            holds = and ? holds && outcome.isTrue() : holds || outcome.isTrue();
        }
        // the parts whose value is the result decide it: true ones for a true 'or', false ones for a false 'and'
        List<Outcome> deciding = new ArrayList<>(parts.size());
        for (Outcome part : parts) {
            if (part.isTrue() == holds) {
                deciding.add(part);
            }
        }
        return outcome(holds, union(deciding));
    }

    private Outcome arithmetic(Expr.Arithmetic a) {
        Outcome left = eval(a.left());
        Outcome right = eval(a.right());
        BigDecimal x = number(left.value());
        BigDecimal y = number(right.value());
        Value result = Value.MISSING;
        if (x != null && y != null) {
            BigDecimal v = switch (a.op()) {
                case PLUS -> x.add(y, MathContext.DECIMAL64);
                case MINUS -> x.subtract(y, MathContext.DECIMAL64);
                case TIMES -> x.multiply(y, MathContext.DECIMAL64);
                case DIVIDE -> y.signum() == 0 ? null : x.divide(y, MathContext.DECIMAL64);
                case REMAINDER -> y.signum() == 0 ? null : x.remainder(y, MathContext.DECIMAL64);
            };
            result = v == null ? Value.MISSING : new Value.Number(v);
        }
        return new Outcome(result, union(left, right));
    }

    private static boolean compare(ComparisonOp op, Expr leftNode, Value left, Expr rightNode, Value right) {
        if (isNullLiteral(leftNode) || isNullLiteral(rightNode)) {
            boolean missing = (isNullLiteral(leftNode) ? right : left) instanceof Value.Missing;
            return op == ComparisonOp.EQ ? missing : !missing;
        }
        if (left instanceof Value.Missing || right instanceof Value.Missing) {
            return false;
        }
        if (op.isEquality()) {
            return equal(left, right) == (op == ComparisonOp.EQ);
        }
        BigDecimal x = number(left);
        BigDecimal y = number(right);
        if (x == null || y == null) {
            return false;
        }
        int order = x.compareTo(y);
        return switch (op) {
            case LT -> order < 0;
            case LE -> order <= 0;
            case GT -> order > 0;
            default -> order >= 0;
        };
    }

    private static boolean equal(Value a, Value b) {
        if (a instanceof Value.Picked p && b instanceof Value.Text t) {
            return p.option().isNamed(t.text());
        }
        if (b instanceof Value.Picked p && a instanceof Value.Text t) {
            return p.option().isNamed(t.text());
        }
        BigDecimal x = number(a);
        BigDecimal y = number(b);
        if (x != null && y != null) {
            return x.compareTo(y) == 0;
        }
        return a.equals(b);
    }

    private Outcome membership(Expr.Membership m) {
        Outcome element = eval(m.element());
        if (m.container() instanceof Expr.ListOf list) {
            boolean found = false;
            for (Expr candidate : list.elements()) {
                found |= compare(ComparisonOp.EQ, m.element(), element.value(), candidate, eval(candidate).value());
            }
            return outcome(found, element.deciding());
        }
        Outcome container = eval(m.container());
        boolean found = container.value() instanceof Value.Ticked ticked && element.value() instanceof Value.Text text
                && ticked.options().stream().anyMatch(o -> o.isNamed(text.text()));
        return outcome(found, union(element, container));
    }

    private Outcome call(Expr.Call c) {
        List<Outcome> args = new ArrayList<>();
        c.args().forEach(a -> args.add(eval(a)));
        Set<Name> deciding = union(args);
        Value result = switch (c.function()) {
            case ANSWERED -> Value.of(!(args.get(0).value() instanceof Value.Missing));
            case COUNT -> args.get(0).value() instanceof Value.Ticked t ? new Value.Number(BigDecimal.valueOf(t.options().size())) : Value.MISSING;
            case MIN, MAX -> extreme(args, c.function() == Expr.Function.MIN);
        };
        return new Outcome(result, deciding);
    }

    /** Missing when any value is missing: the lowest of some scores is unknown while one is unknown. */
    private static Value extreme(List<Outcome> args, boolean min) {
        BigDecimal best = null;
        for (Outcome arg : args) {
            BigDecimal v = number(arg.value());
            if (v == null) {
                return Value.MISSING;
            }
            best = best == null || (min ? v.compareTo(best) < 0 : v.compareTo(best) > 0) ? v : best;
        }
        return new Value.Number(best);
    }

    private static BigDecimal number(Value v) {
        if (v instanceof Value.Number n) {
            return n.value();
        }
        return v instanceof Value.Picked p ? p.option().value() : null;
    }

    private static boolean isNullLiteral(Expr e) {
        return e instanceof Expr.Literal l && l.value() instanceof Value.Missing;
    }

    private static Set<Name> union(Outcome a, Outcome b) {
        if (a.deciding().isEmpty()) {
            return b.deciding();
        }
        return b.deciding().isEmpty() ? a.deciding() : union(List.of(a, b));
    }

    /**
     * The names of all these outcomes, in order. When only one of them adds any, its own set is the answer,
     * which spares a copy: sets of names are never changed once made.
     */
    private static Set<Name> union(List<Outcome> outcomes) {
        Set<Name> names = Set.of();
        Set<Name> merged = null;
        for (Outcome outcome : outcomes) {
            Set<Name> more = outcome.deciding();
            if (more.isEmpty() || more.equals(names)) {
                continue;
            }
            if (names.isEmpty()) {
                names = more;
            } else {
                if (merged == null) {
                    merged = new LinkedHashSet<>(names);
                    names = merged;
                }
                merged.addAll(more);
            }
        }
        return names;
    }
}
