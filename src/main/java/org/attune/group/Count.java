package org.attune.group;

/**
 * How many members gave an answer, raised a flag or fall in a band: the number, or only that it is fewer than
 * three, because a count of one or two in a small group can point at a person. A hidden count never holds the
 * number, so no format can let it slip out.
 */
public sealed interface Count permits Count.Exact, Count.FewerThanThree {

    /** Counts of members that are not zero, shown or not. */
    boolean isNonZero();

    record Exact(int members) implements Count {
        public Exact {
            if (members < 0) {
                throw new IllegalArgumentException("a count cannot be negative: " + members);
            }
        }

        @Override
        public boolean isNonZero() {
            return members > 0;
        }
    }

    /** One or two members. */
    record FewerThanThree() implements Count {
        @Override
        public boolean isNonZero() {
            return true;
        }
    }
}
