package org.attune.scoring;

/** A free-text answer that may appear in reports (private ones never get this far). */
public record FreeTextAnswer(String itemId, String question, String answer) {}
