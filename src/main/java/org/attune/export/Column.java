package org.attune.export;

/**
 * One column of an export and its line in the codebook: its name, the section (form) it belongs to, its type, the
 * question or title it comes from, its choices ("1, Disagree | 2, Agree"), what it holds, and its valid range.
 */
public record Column(String name, String form, String type, String label, String choices, String note, String min, String max) {}
