package org.attune.definition;

import java.util.List;
import java.util.Optional;

/** A validated questionnaire: immutable, every reference resolved, every expression compiled. */
public record Questionnaire(
        Header header,
        List<Scale> scales,
        List<Section> sections,
        List<Score> scores,
        List<Flag> flags,
        List<Recommendation> recommendations,
        List<String> endingChecklist,
        String source,
        String sha256) {

    public Questionnaire {
        scales = List.copyOf(scales);
        sections = List.copyOf(sections);
        scores = List.copyOf(scores);
        flags = List.copyOf(flags);
        recommendations = List.copyOf(recommendations);
        endingChecklist = List.copyOf(endingChecklist);
    }

    public String id() {
        return header.id();
    }

    /** Every item in the order it is asked. */
    public List<Item> items() {
        return sections.stream().flatMap(s -> s.items().stream()).toList();
    }

    /** Items that take an answer (information texts excluded). */
    public List<Item> questions() {
        return items().stream().filter(Item::isQuestion).toList();
    }

    public Optional<Item> item(String id) {
        return items().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public Recommendation defaultRecommendation() {
        return recommendations.stream().filter(Recommendation::isDefault).findFirst().orElseThrow();
    }
}
