package org.attune.condition;

/** What the names a condition may read hold, given by the questionnaire the condition belongs to. */
@FunctionalInterface
public interface Vocabulary {

    Lookup lookup(Name name);

    sealed interface Lookup {}

    record Found(ValueType type) implements Lookup {}

    /** The name cannot be read here; the message says why and the fix what to do. */
    record Refused(String message, String fix) implements Lookup {}
}
