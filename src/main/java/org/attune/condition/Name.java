package org.attune.condition;

/**
 * A name a condition reads, such as {@code scores.empathy}: a root and the id of an item, score or flag.
 * <p>
 * equals and hashCode are written out: a record's own are linked on first use, which costs a cold start
 * about 15 ms, and every questionnaire load puts names in sets before anything is shown.
 */
public record Name(Root root, String id) {

    @Override
    public boolean equals(Object other) {
        return other instanceof Name name && root == name.root && id.equals(name.id);
    }

    @Override
    public int hashCode() {
        return 31 * root.hashCode() + id.hashCode();
    }

    @Override
    public String toString() {
        return root.word() + "." + id;
    }
}
