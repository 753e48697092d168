package org.attune.group;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.definition.Band;
import org.attune.definition.Flag;
import org.attune.definition.Item;
import org.attune.definition.Questionnaire;
import org.attune.definition.RecommendationKind;
import org.attune.definition.Score;

/**
 * What a supervision group's answers say together, with the privacy rules applied: counts only, never who.
 * Free-text items are not part of it at all. {@code otherVersions} counts members who answered another version
 * of the questionnaire, by version.
 */
public record GroupSummary(Questionnaire questionnaire, int members, Map<String, Count> otherVersions, List<ScoreSummary> scores,
        List<ItemSummary> items, List<FlagCount> flags, List<KindCount> recommendations, Privacy privacy) {

    public GroupSummary {
        otherVersions = Map.copyOf(otherVersions);
        scores = List.copyOf(scores);
        items = List.copyOf(items);
        flags = List.copyOf(flags);
        recommendations = List.copyOf(recommendations);
    }

    /** Whether a member raised an urgent flag, so the summary reminds that safety is a private conversation. */
    public boolean urgentRaised() {
        return flags.stream().anyMatch(f -> f.flag().severity() == org.attune.definition.Severity.URGENT && f.raised().isNonZero());
    }

    /**
     * A score across the members who have a value for it ({@code withValue}); {@code statistics} and band counts
     * are empty when fewer than three do.
     */
    public record ScoreSummary(Score score, int withValue, Count withoutValue, Optional<Statistics> statistics, List<BandCount> bands) {
        public ScoreSummary {
            bands = List.copyOf(bands);
        }
    }

    public record BandCount(Band band, Count members) {}

    /**
     * An item's answers: a count per option (yes and no for a yes/no item), or statistics for a number item; both
     * empty when fewer than three members answered it. {@code notAnswered} counts members who were not asked it or
     * left it out.
     */
    public record ItemSummary(Item item, int answered, Count notAnswered, List<OptionCount> options, Optional<Statistics> numbers) {
        public ItemSummary {
            options = List.copyOf(options);
        }

        public boolean tooFew() {
            return answered < Privacy.SMALLEST;
        }
    }

    /** An option by its label and its name in answers files. */
    public record OptionCount(String label, String name, Count members) {}

    /** How many members raised a flag, and for how many it stayed undecided because a question it reads was not answered. */
    public record FlagCount(Flag flag, Count raised, Count undecided) {}

    /** How many members got a recommendation of a kind; an empty kind counts those whose answers were too few for one. */
    public record KindCount(Optional<RecommendationKind> kind, Count members) {}
}
