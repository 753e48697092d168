package org.attune.condition;

import java.math.BigDecimal;
import java.util.stream.Collectors;

/** Writes a tree back as condition text, for messages that quote part of a condition. */
final class Printer {
    private Printer() {}

    static String print(Expr e) {
        if (e instanceof Expr.Literal l) {
            return literal(l.value());
        } else if (e instanceof Expr.Ref r) {
            return r.name().toString();
        } else if (e instanceof Expr.ListOf l) {
            return l.elements().stream().map(Printer::print).collect(Collectors.joining(", ", "[", "]"));
        } else if (e instanceof Expr.Not n) {
            return "!" + grouped(n.operand(), true);
        } else if (e instanceof Expr.Negate n) {
            return "-" + grouped(n.operand(), true);
        } else if (e instanceof Expr.Logic l) {
            return l.parts().stream().map(p -> grouped(p, false)).collect(Collectors.joining(l.op() == Expr.LogicOp.AND ? " && " : " || "));
        } else if (e instanceof Expr.Arithmetic a) {
            return print(a.left()) + " " + a.op().symbol + " " + grouped(a.right(), false);
        } else if (e instanceof Expr.Comparison c) {
            return print(c.left()) + " " + c.op().symbol + " " + print(c.right());
        } else if (e instanceof Expr.Membership m) {
            return print(m.element()) + " in " + print(m.container());
        }
        Expr.Call c = (Expr.Call) e;
        return c.function().word + c.args().stream().map(Printer::print).collect(Collectors.joining(", ", "(", ")"));
    }

    /** Parentheses where the tree differs from how the text would read without them. */
    private static String grouped(Expr e, boolean underUnary) {
        boolean compound = e instanceof Expr.Logic || e instanceof Expr.Arithmetic
                || (underUnary && (e instanceof Expr.Comparison || e instanceof Expr.Membership));
        return compound ? "(" + print(e) + ")" : print(e);
    }

    static String literal(Value v) {
        if (v instanceof Value.Number n) {
            return number(n.value());
        } else if (v instanceof Value.Text t) {
            return "'" + t.text() + "'";
        } else if (v instanceof Value.Bool b) {
            return String.valueOf(b.value());
        }
        return "null";
    }

    static String number(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }
}
