package org.attune.condition;

/** A name a condition reads, such as {@code scores.empathy}: a root and the id of an item, score or flag. */
public record Name(Root root, String id) {

    @Override
    public String toString() {
        return root.word() + "." + id;
    }
}
