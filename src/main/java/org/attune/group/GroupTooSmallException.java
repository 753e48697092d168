package org.attune.group;

/** Refuses a summary of fewer members than the privacy rules allow. */
public final class GroupTooSmallException extends Exception {
    private final int members;
    private final int minGroup;

    GroupTooSmallException(int members, int minGroup) {
        super(members + " members; at least " + minGroup + " are needed");
        this.members = members;
        this.minGroup = minGroup;
    }

    public int members() {
        return members;
    }

    public int minGroup() {
        return minGroup;
    }
}
