package org.attune.condition;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The condition language's entry points: {@link #check} parses and type-checks a condition's text,
 * {@link #evaluate} runs a checked tree, {@link #reads} lists the names it reads.
 */
public final class Conditions {
    private Conditions() {}

    /** A checked tree, or the problems that keep the text from being one. */
    public record Checked(Expr tree, List<Problem> problems) {
        public Checked {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Checked check(String text, Vocabulary vocabulary, Limits limits) {
        Expr tree;
        try {
            tree = Parser.parse(text, limits);
        } catch (ConditionSyntaxException e) {
            return new Checked(null, List.of(e.problem()));
        }
        return new Checked(tree, TypeChecker.check(tree, vocabulary));
    }

    public static Verdict evaluate(Expr tree, Values values) {
        return Evaluator.evaluate(tree, values);
    }

    /** Whether the tree holds, without the names that decided it: cheaper, for when those are not wanted. */
    public static boolean holds(Expr tree, Values values) {
        return Evaluator.holds(tree, values);
    }

    /** Every name the tree reads, once each, in the order written. */
    public static List<Name> reads(Expr tree) {
        Set<Name> names = new LinkedHashSet<>();
        collect(tree, names);
        return new ArrayList<>(names);
    }

    private static void collect(Expr e, Set<Name> names) {
        if (e instanceof Expr.Ref r) {
            names.add(r.name());
        } else if (e instanceof Expr.ListOf l) {
            l.elements().forEach(x -> collect(x, names));
        } else if (e instanceof Expr.Not n) {
            collect(n.operand(), names);
        } else if (e instanceof Expr.Negate n) {
            collect(n.operand(), names);
        } else if (e instanceof Expr.Logic l) {
            l.parts().forEach(x -> collect(x, names));
        } else if (e instanceof Expr.Arithmetic a) {
            collect(a.left(), names);
            collect(a.right(), names);
        } else if (e instanceof Expr.Comparison c) {
            collect(c.left(), names);
            collect(c.right(), names);
        } else if (e instanceof Expr.Membership m) {
            collect(m.element(), names);
            collect(m.container(), names);
        } else if (e instanceof Expr.Call c) {
            c.args().forEach(x -> collect(x, names));
        }
    }
}
