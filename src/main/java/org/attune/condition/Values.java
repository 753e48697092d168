package org.attune.condition;

/** What each name holds while a condition is evaluated; names that hold nothing give {@link Value.Missing}. */
@FunctionalInterface
public interface Values {
    Value of(Name name);
}
