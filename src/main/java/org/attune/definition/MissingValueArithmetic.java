package org.attune.definition;

import java.lang.reflect.Array;
import org.apache.commons.jexl3.JexlArithmetic;
import org.apache.commons.jexl3.JexlOperator;

/**
 * Expression arithmetic where a missing value (an unanswered item, a score without enough answers)
 * is never taken for zero: an ordering comparison with it is false, and arithmetic on it fails,
 * which makes the whole condition false. {@code ==} and {@code !=} treat null as usual, and
 * membership ({@code =~}) compares numbers by value, so 3 matches 3.0.
 */
final class MissingValueArithmetic extends JexlArithmetic {

    MissingValueArithmetic() {
        super(true);
    }

    /** Comparisons take null themselves (below); everything else stays strict about it. */
    @Override
    public boolean isStrict(JexlOperator operator) {
        return switch (operator) {
            case LT, LTE, GT, GTE, CONTAINS -> false;
            default -> super.isStrict(operator);
        };
    }

    @Override
    public boolean lessThan(Object left, Object right) {
        return left != null && right != null && super.lessThan(left, right);
    }

    @Override
    public boolean lessThanOrEqual(Object left, Object right) {
        return left != null && right != null && super.lessThanOrEqual(left, right);
    }

    @Override
    public boolean greaterThan(Object left, Object right) {
        return left != null && right != null && super.greaterThan(left, right);
    }

    @Override
    public boolean greaterThanOrEqual(Object left, Object right) {
        return left != null && right != null && super.greaterThanOrEqual(left, right);
    }

    @Override
    public Boolean contains(Object container, Object value) {
        if (container == null || value == null) {
            return false;
        }
        if (container instanceof Iterable<?> elements) {
            for (Object element : elements) {
                if (element != null && equals(element, value)) {
                    return true;
                }
            }
            return false;
        }
        if (container.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(container); i++) {
                Object element = Array.get(container, i);
                if (element != null && equals(element, value)) {
                    return true;
                }
            }
            return false;
        }
        return super.contains(container, value);
    }
}
