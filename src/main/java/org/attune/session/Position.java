package org.attune.session;

/** Where a person is in a session: on one item, or on the review. An item id can never be mistaken for the review. */
public sealed interface Position permits Position.AtItem, Position.AtReview {

    record AtItem(String itemId) implements Position {}

    record AtReview() implements Position {}

    Position REVIEW = new AtReview();
}
