package org.attune.group;

/**
 * The privacy rules of a group summary: no summary for fewer than {@code minGroup} members (never fewer than
 * three), and counts of one or two shown only as "fewer than 3" unless {@code showSmallCounts}.
 */
public record Privacy(int minGroup, boolean showSmallCounts) {
    /** The fewest members a summary, a statistic or a shown count may stand for. */
    public static final int SMALLEST = 3;
    public static final int DEFAULT_MIN_GROUP = 5;

    public Privacy {
        if (minGroup < SMALLEST) {
            throw new IllegalArgumentException("a group summary needs at least " + SMALLEST + " members, not " + minGroup);
        }
    }

    public static Privacy standard() {
        return new Privacy(DEFAULT_MIN_GROUP, false);
    }

    public Count count(int members) {
        return members > 0 && members < SMALLEST && !showSmallCounts ? new Count.FewerThanThree() : new Count.Exact(members);
    }
}
