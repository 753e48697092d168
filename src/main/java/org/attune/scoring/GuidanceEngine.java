package org.attune.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.answers.AnswerValue;
import org.attune.answers.Answers;
import org.attune.answers.Visibility;
import org.attune.definition.Condition;
import org.attune.definition.Flag;
import org.attune.definition.Item;
import org.attune.definition.Questionnaire;
import org.attune.definition.Recommendation;

/**
 * Turns answers into guidance. Pure and deterministic: the same questionnaire and answers always give
 * the same result.
 *
 * <p>Order of decisions: answers to hidden items are dropped; scores are computed; flags fire; every
 * recommendation whose condition holds matches. A fired flag that names a recommendation forces it
 * (urgent flags first), overriding all else; otherwise the matching recommendation with the highest
 * priority wins, ties going to the one written first; with no match, the default applies.
 */
public final class GuidanceEngine {
    private GuidanceEngine() {}

    public static Guidance evaluate(Questionnaire questionnaire, Answers answers) {
        Map<String, AnswerValue> shown = Visibility.shownAnswers(questionnaire, answers.values());
        List<ScoreResult> scores = questionnaire.scores().stream()
                .map(score -> ScoreCalculator.calculate(questionnaire, score, shown)).toList();
        Facts facts = new Facts(questionnaire, shown, scores);

        List<FlagResult> flags = new ArrayList<>();
        for (Flag flag : questionnaire.flags()) {
            if (flag.when().holdsFor(facts.values())) {
                flags.add(new FlagResult(flag, facts.reasons(flag.when())));
            }
        }
        flags.sort(Comparator.comparing((FlagResult f) -> f.flag().severity()).reversed());
        facts.flagsFired(flags);

        List<MatchedRecommendation> ranked = rank(questionnaire, flags, facts);
        MatchedRecommendation chosen = ranked.isEmpty()
                ? new MatchedRecommendation(questionnaire.defaultRecommendation(), List.of(), Optional.empty())
                : ranked.get(0);
        List<MatchedRecommendation> alsoMatched = ranked.isEmpty() ? List.of() : ranked.subList(1, ranked.size());

        boolean endsOrHandsOver = chosen.recommendation().kind().endsOrHandsOver()
                || alsoMatched.stream().anyMatch(m -> m.recommendation().kind().endsOrHandsOver());
        return new Guidance(questionnaire, answers.takenAt(), answers.respondent(), flags, chosen, scores, alsoMatched,
                freeText(questionnaire, shown), endsOrHandsOver ? questionnaire.endingChecklist() : List.of());
    }

    /** Forced recommendations first (in flag order, urgent first), then matches by priority, then written order. */
    private static List<MatchedRecommendation> rank(Questionnaire questionnaire, List<FlagResult> flags, Facts facts) {
        Map<String, MatchedRecommendation> ranked = new LinkedHashMap<>();
        for (FlagResult fired : flags) {
            fired.flag().recommend().flatMap(id -> recommendation(questionnaire, id)).ifPresent(r -> ranked.putIfAbsent(r.id(),
                    new MatchedRecommendation(r, r.when().map(facts::reasons).orElse(fired.reasons()), Optional.of(fired.flag()))));
        }
        List<Recommendation> byPriority = new ArrayList<>(questionnaire.recommendations());
        byPriority.sort(Comparator.comparingInt(Recommendation::priority).reversed()); // stable: ties keep written order
        for (Recommendation r : byPriority) {
            Optional<Condition> when = r.when();
            if (when.isPresent() && !ranked.containsKey(r.id()) && when.get().holdsFor(facts.values())) {
                ranked.put(r.id(), new MatchedRecommendation(r, facts.reasons(when.get()), Optional.empty()));
            }
        }
        return new ArrayList<>(ranked.values());
    }

    private static Optional<Recommendation> recommendation(Questionnaire questionnaire, String id) {
        return questionnaire.recommendations().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private static List<FreeTextAnswer> freeText(Questionnaire questionnaire, Map<String, AnswerValue> shown) {
        List<FreeTextAnswer> texts = new ArrayList<>();
        for (Item item : questionnaire.items()) {
            if (item instanceof Item.FreeText text && !text.isPrivate() && shown.get(item.id()) instanceof AnswerValue.Text answer
                    && !answer.text().isBlank()) {
                texts.add(new FreeTextAnswer(item.id(), item.text(), answer.text().strip()));
            }
        }
        return texts;
    }

    /** The values expressions read, and how to explain each in words. */
    private static final class Facts {
        private final Questionnaire questionnaire;
        private final Map<String, AnswerValue> shown;
        private final Map<String, ScoreResult> scores = new LinkedHashMap<>();
        private final Map<String, Map<String, Object>> values = new HashMap<>();
        private final Map<String, Object> flagValues = new HashMap<>();

        Facts(Questionnaire questionnaire, Map<String, AnswerValue> shown, List<ScoreResult> scoreResults) {
            this.questionnaire = questionnaire;
            this.shown = shown;
            Map<String, Object> scoreValues = new HashMap<>();
            Map<String, Object> bandValues = new HashMap<>();
            for (ScoreResult result : scoreResults) {
                scores.put(result.score().id(), result);
                scoreValues.put(result.score().id(), result.value().orElse(null));
                bandValues.put(result.score().id(), result.band().map(b -> b.label()).orElse(null));
            }
            values.put("answers", Visibility.expressionValues(shown));
            values.put("scores", scoreValues);
            values.put("bands", bandValues);
            questionnaire.flags().forEach(f -> flagValues.put(f.id(), false));
            values.put("flags", flagValues);
        }

        Map<String, Map<String, Object>> values() {
            return values;
        }

        void flagsFired(List<FlagResult> fired) {
            fired.forEach(f -> flagValues.put(f.flag().id(), true));
        }

        /** One reason per fact read; a score read both as scores.x and bands.x is explained once. */
        List<Reason> reasons(Condition condition) {
            Map<String, Reason> reasons = new LinkedHashMap<>();
            for (String name : condition.reads()) {
                String root = name.substring(0, name.indexOf('.'));
                String id = name.substring(name.indexOf('.') + 1);
                switch (root) {
                    case "answers" -> reasons.put(name, answerReason(name, id));
                    case "scores", "bands" -> reasons.putIfAbsent("scores." + id, scoreReason("scores." + id, scores.get(id)));
                    // a flag that did not fire explains nothing (it can only be the false side of an 'or')
                    default -> {
                        if (Boolean.TRUE.equals(flagValues.get(id))) {
                            reasons.put(name, flagReason(name, id));
                        }
                    }
                }
            }
            return List.copyOf(reasons.values());
        }

        private Reason answerReason(String name, String id) {
            Item item = questionnaire.item(id).orElseThrow();
            return new Reason(name, Reason.Kind.ANSWER, item.text(), Optional.ofNullable(shown.get(id)).map(AnswerValue::display), "");
        }

        private static Reason scoreReason(String name, ScoreResult result) {
            String detail = result.band().map(b -> b.label() + ": " + b.min().toPlainString() + " to " + b.max().toPlainString()).orElse("");
            return new Reason(name, Reason.Kind.SCORE, result.score().title(), result.value().map(v -> v.toPlainString()), detail);
        }

        private Reason flagReason(String name, String id) {
            Flag flag = questionnaire.flags().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
            return new Reason(name, Reason.Kind.FLAG, firstSentence(flag.message()), Optional.of("raised"), flag.severity().yamlName());
        }

        private static String firstSentence(String text) {
            String oneLine = text.replaceAll("\\s+", " ").strip();
            int end = oneLine.indexOf(". ");
            return end < 0 ? oneLine : oneLine.substring(0, end + 1);
        }
    }
}
