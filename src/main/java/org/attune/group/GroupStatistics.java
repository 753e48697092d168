package org.attune.group;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.attune.answers.AnswerValue;
import org.attune.answers.Answers;
import org.attune.answers.Visibility;
import org.attune.definition.Band;
import org.attune.definition.Flag;
import org.attune.definition.Item;
import org.attune.definition.Questionnaire;
import org.attune.definition.RecommendationKind;
import org.attune.definition.ResponseOption;
import org.attune.definition.Score;
import org.attune.scoring.FlagResult;
import org.attune.scoring.Guidance;
import org.attune.scoring.GuidanceEngine;
import org.attune.scoring.ScoreResult;

/**
 * Summarises a group's answers to one questionnaire. Each member is scored exactly as {@code attune score} would;
 * only counts and statistics leave this class, with the privacy rules applied.
 */
public final class GroupStatistics {
    private GroupStatistics() {}

    public static GroupSummary summarise(Questionnaire questionnaire, List<Answers> members, Privacy privacy) throws GroupTooSmallException {
        if (members.size() < privacy.minGroup()) {
            throw new GroupTooSmallException(members.size(), privacy.minGroup());
        }
        List<Visibility.Shown> visible = members.stream().map(a -> Visibility.of(questionnaire, a)).toList();
        List<Guidance> guidance = visible.stream().map(GuidanceEngine::evaluate).toList();
        List<Map<String, AnswerValue>> shown = visible.stream().map(Visibility.Shown::answers).toList();
        return new GroupSummary(questionnaire, members.size(), otherVersions(questionnaire, members, privacy),
                questionnaire.scores().stream().map(s -> score(s, guidance, privacy)).toList(),
                questionnaire.questions().stream().filter(i -> !(i instanceof Item.FreeText)).map(i -> item(i, shown, privacy)).toList(),
                questionnaire.flags().stream().map(f -> flag(f, guidance, privacy)).toList(),
                kinds(questionnaire, guidance, privacy), privacy);
    }

    private static Map<String, Count> otherVersions(Questionnaire questionnaire, List<Answers> members, Privacy privacy) {
        Map<String, Integer> byVersion = new TreeMap<>();
        members.stream().map(Answers::questionnaireVersion).filter(v -> !v.equals(questionnaire.header().version()))
                .forEach(v -> byVersion.merge(v, 1, Integer::sum));
        Map<String, Count> counted = new LinkedHashMap<>();
        byVersion.forEach((version, n) -> counted.put(version, privacy.count(n)));
        return counted;
    }

    private static GroupSummary.ScoreSummary score(Score score, List<Guidance> guidance, Privacy privacy) {
        List<ScoreResult> results = guidance.stream().map(g -> g.scores().stream().filter(r -> r.score() == score).findFirst().orElseThrow()).toList();
        List<BigDecimal> values = results.stream().flatMap(r -> r.value().stream()).toList();
        Count without = privacy.count(results.size() - values.size());
        if (values.size() < Privacy.SMALLEST) {
            return new GroupSummary.ScoreSummary(score, values.size(), without, Optional.empty(), List.of());
        }
        List<GroupSummary.BandCount> bands = new ArrayList<>();
        for (Band band : score.bands()) {
            long n = results.stream().filter(r -> r.band().filter(b -> b == band).isPresent()).count();
            bands.add(new GroupSummary.BandCount(band, privacy.count((int) n)));
        }
        return new GroupSummary.ScoreSummary(score, values.size(), without, Optional.of(Statistics.of(values)), bands);
    }

    private static GroupSummary.ItemSummary item(Item item, List<Map<String, AnswerValue>> shown, Privacy privacy) {
        // "prefer not to answer" counts with those who did not answer, so the counts per option add up
        List<AnswerValue> answers = shown.stream().flatMap(s -> Optional.ofNullable(s.get(item.id())).stream())
                .filter(a -> !(a instanceof AnswerValue.Declined)).toList();
        Count notAnswered = privacy.count(shown.size() - answers.size());
        if (answers.size() < Privacy.SMALLEST) {
            return new GroupSummary.ItemSummary(item, answers.size(), notAnswered, List.of(), Optional.empty());
        }
        if (item instanceof Item.NumberItem) {
            List<BigDecimal> numbers = answers.stream().filter(AnswerValue.Number.class::isInstance).map(a -> ((AnswerValue.Number) a).value()).toList();
            return new GroupSummary.ItemSummary(item, answers.size(), notAnswered, List.of(), Optional.of(Statistics.of(numbers)));
        }
        List<GroupSummary.OptionCount> options = new ArrayList<>();
        if (item instanceof Item.YesNo) {
            options.add(option("Yes", "yes", answers.stream().filter(a -> a instanceof AnswerValue.YesNo y && y.yes()).count(), privacy));
            options.add(option("No", "no", answers.stream().filter(a -> a instanceof AnswerValue.YesNo y && !y.yes()).count(), privacy));
        }
        for (ResponseOption option : item.options()) {
            long n = answers.stream().filter(a -> picked(a, option)).count();
            options.add(option(option.label(), option.name(), n, privacy));
        }
        return new GroupSummary.ItemSummary(item, answers.size(), notAnswered, options, Optional.empty());
    }

    private static GroupSummary.OptionCount option(String label, String name, long members, Privacy privacy) {
        return new GroupSummary.OptionCount(label, name, privacy.count((int) members));
    }

    private static boolean picked(AnswerValue answer, ResponseOption option) {
        return answer instanceof AnswerValue.Choice choice && choice.option().equals(option)
                || answer instanceof AnswerValue.Multi multi && multi.options().contains(option);
    }

    private static GroupSummary.FlagCount flag(Flag flag, List<Guidance> guidance, Privacy privacy) {
        long raised = guidance.stream().filter(g -> fired(g.flags(), flag)).count();
        long undecided = guidance.stream().filter(g -> fired(g.unansweredFlags(), flag)).count();
        return new GroupSummary.FlagCount(flag, privacy.count((int) raised), privacy.count((int) undecided));
    }

    private static boolean fired(List<FlagResult> flags, Flag flag) {
        return flags.stream().anyMatch(f -> f.flag().id().equals(flag.id()));
    }

    /**
     * The kinds the questionnaire can recommend, in the order of the format, each with its count; then those whose
     * answers were too few for a recommendation (the report says so instead of offering the default as a finding).
     */
    private static List<GroupSummary.KindCount> kinds(Questionnaire questionnaire, List<Guidance> guidance, Privacy privacy) {
        Map<RecommendationKind, Integer> byKind = new EnumMap<>(RecommendationKind.class);
        questionnaire.recommendations().forEach(r -> byKind.put(r.kind(), 0));
        int tooFew = 0;
        for (Guidance g : guidance) {
            boolean lacking = g.scores().stream().anyMatch(s -> !s.hasValue()) && g.recommendation().recommendation().isDefault();
            if (lacking) {
                tooFew++;
            } else {
                byKind.merge(g.recommendation().recommendation().kind(), 1, Integer::sum);
            }
        }
        List<GroupSummary.KindCount> counts = new ArrayList<>();
        byKind.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .forEach(e -> counts.add(new GroupSummary.KindCount(Optional.of(e.getKey()), privacy.count(e.getValue()))));
        if (tooFew > 0) {
            counts.add(new GroupSummary.KindCount(Optional.empty(), privacy.count(tooFew)));
        }
        return counts;
    }
}
