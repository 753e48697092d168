package org.attune.definition;

import java.util.List;
import java.util.Optional;

/**
 * A named subscale. With fewer than {@code minAnswered} answered items it has no value
 * ("not enough answers"); otherwise a sum is prorated over the missing items.
 * Values are rounded to {@code decimals} places before banding. {@code range} is the lowest and highest
 * value the score can take (absent when an item is unbounded).
 */
public record Score(
        String id,
        String title,
        String description,
        List<String> itemIds,
        ScoreMethod method,
        int minAnswered,
        int decimals,
        List<Band> bands,
        Optional<ItemRange> range,
        Location location) {

    public Score {
        itemIds = List.copyOf(itemIds);
        bands = List.copyOf(bands);
    }
}
