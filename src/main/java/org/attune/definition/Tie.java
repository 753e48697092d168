package org.attune.definition;

/**
 * Membership of a group of recommendations that can match together on equal terms, such as "the area
 * that most needs attention" when two areas share the lowest score. When several members match, the
 * report says so once: the first gets {@code reason} with {@code {names}} replaced by the members'
 * names ("Self-care and Where you work need attention equally"), and the others give no reason of their own.
 */
public record Tie(String group, String name, String reason) {
    public static final String NAMES = "{names}";
}
