package org.attune.definition;

import java.util.List;
import java.util.Optional;
import org.attune.diagnostics.Location;

/**
 * A named subscale. With fewer than {@code minAnswered} answered items it has no value
 * ("not enough answers"); otherwise {@code missing} says how unanswered items count.
 * Values are rounded to {@code decimals} places by {@code rounding} before banding. {@code range} is the
 * lowest and highest value the score can take (absent when an item is unbounded). {@code change} is what
 * judging a change between two results needs ({@link ChangeCriteria#NONE} when nothing is declared).
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
        MissingItems missing,
        Rounding rounding,
        ChangeCriteria change,
        Location location) {

    public Score {
        itemIds = List.copyOf(itemIds);
        bands = List.copyOf(bands);
    }
}
