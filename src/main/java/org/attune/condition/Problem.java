package org.attune.condition;

/** A mistake in a condition: where it is (an offset into the condition's text), what is wrong, and the fix. */
public record Problem(int offset, String message, String fix) {}
