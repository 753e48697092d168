package org.attune.definition;

import java.util.List;
import java.util.Optional;

/**
 * A validated questionnaire: immutable, every reference resolved, every expression compiled; {@code index}
 * is its items in order and by id, made from the sections.
 */
public record Questionnaire(
        Header header,
        List<Scale> scales,
        List<Section> sections,
        ItemIndex index,
        List<Score> scores,
        List<Flag> flags,
        List<Recommendation> recommendations,
        List<String> endingChecklist,
        String source,
        ContentDigest digest) {

    public Questionnaire {
        scales = List.copyOf(scales);
        sections = List.copyOf(sections);
        scores = List.copyOf(scores);
        flags = List.copyOf(flags);
        recommendations = List.copyOf(recommendations);
        endingChecklist = List.copyOf(endingChecklist);
    }

    public Questionnaire(Header header, List<Scale> scales, List<Section> sections, List<Score> scores, List<Flag> flags,
            List<Recommendation> recommendations, List<String> endingChecklist, String source, ContentDigest digest) {
        this(header, scales, sections, ItemIndex.of(sections), scores, flags, recommendations, endingChecklist, source, digest);
    }

    /** The SHA-256 of the file it was read from, as hex. */
    public String sha256() {
        return digest.hex();
    }

    public String id() {
        return header.id();
    }

    /** Every item in the order it is asked. */
    public List<Item> items() {
        return index.all();
    }

    /** Items that take an answer (information texts excluded). */
    public List<Item> questions() {
        return index.questions();
    }

    public Optional<Item> item(String id) {
        return index.get(id);
    }

    public Optional<Flag> flag(String id) {
        for (Flag flag : flags) {
            if (flag.id().equals(id)) {
                return Optional.of(flag);
            }
        }
        return Optional.empty();
    }

    public Optional<Recommendation> recommendation(String id) {
        return recommendations.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Recommendation defaultRecommendation() {
        return recommendations.stream().filter(Recommendation::isDefault).findFirst().orElseThrow();
    }
}
