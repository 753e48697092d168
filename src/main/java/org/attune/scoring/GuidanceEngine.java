package org.attune.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attune.answers.AnswerValue;
import org.attune.condition.Name;
import org.attune.condition.Value;
import org.attune.condition.Values;
import org.attune.condition.Verdict;
import org.attune.answers.Answers;
import org.attune.answers.Visibility;
import org.attune.definition.Flag;
import org.attune.definition.IfUnanswered;
import org.attune.definition.Item;
import org.attune.definition.Questionnaire;
import org.attune.definition.Recommendation;
import org.attune.definition.Severity;
import org.attune.text.Whitespace;

/**
 * Turns answers into guidance. Pure and deterministic: the same questionnaire and answers always give
 * the same result.
 *
 * <p>Order of decisions: answers to hidden items are dropped; scores are computed; flags fire; every
 * recommendation whose condition holds matches. A fired flag that names a recommendation forces it,
 * overriding all else (forced ones ranked by the flag's severity, then their own priority, then as
 * written); otherwise the matching recommendation with the highest priority wins, ties going to the
 * one written first; with no match, the default applies (in its {@code ifFlagged} words when a caution
 * or urgent flag fired). What a fired flag rules out is dropped first; what the chosen recommendation
 * rules out is dropped from "also consider".
 */
public final class GuidanceEngine {
    private GuidanceEngine() {}

    public static Guidance evaluate(Questionnaire questionnaire, Answers answers) {
        return evaluate(Visibility.of(questionnaire, answers));
    }

    /** The same, for answers whose shown items are already worked out (as reading an answers file does). */
    public static Guidance evaluate(Visibility.Shown visible) {
        Questionnaire questionnaire = visible.questionnaire();
        Answers answers = visible.given();
        Map<String, AnswerValue> shown = visible.answers();
        List<ScoreResult> scores = questionnaire.scores().stream()
                .map(score -> ScoreCalculator.calculate(questionnaire, score, shown)).toList();
        Facts facts = new Facts(questionnaire, shown, scores);

        Map<String, Item> unanswered = unansweredQuestions(visible);
        List<FlagResult> flags = new ArrayList<>();
        List<FlagResult> notAnswered = new ArrayList<>();
        for (Flag flag : questionnaire.flags()) {
            Optional<Verdict> verdict = flag.when().holding(facts);
            if (verdict.isPresent()) {
                flags.add(new FlagResult(flag, facts.reasons(verdict.get())));
            } else if (flag.ifUnanswered() != IfUnanswered.IGNORE) {
                List<Name> deciding = UnansweredFlags.couldFire(flag, facts, unanswered);
                if (!deciding.isEmpty()) {
                    FlagResult result = new FlagResult(flag, facts.reasons(new Verdict(false, deciding)));
                    (flag.ifUnanswered() == IfUnanswered.RAISE ? flags : notAnswered).add(result);
                }
            }
        }
        notAnswered.sort(Comparator.comparing((FlagResult f) -> f.flag().severity()).reversed());
        flags.sort(Comparator.comparing((FlagResult f) -> f.flag().severity()).reversed());
        facts.flagsFired(flags);

        // what a fired flag rules out never reaches the report; then the chosen recommendation rules out more
        List<MatchedRecommendation> allowed = new ArrayList<>();
        for (MatchedRecommendation m : rank(questionnaire, flags, facts)) {
            if (!ruledOutByFlags(flags, m.recommendation())) {
                allowed.add(m);
            }
        }
        MatchedRecommendation top = allowed.isEmpty() ? fallback(questionnaire, flags) : allowed.get(0);
        List<MatchedRecommendation> reported = new ArrayList<>();
        reported.add(top);
        for (int i = 1; i < allowed.size(); i++) {
            if (!top.recommendation().rulesOut().covers(allowed.get(i).recommendation())) {
                reported.add(allowed.get(i));
            }
        }
        List<MatchedRecommendation> worded = Ties.sayOnce(reported);
        MatchedRecommendation chosen = worded.get(0);
        List<MatchedRecommendation> alsoMatched = worded.subList(1, worded.size());

        boolean endsOrHandsOver = chosen.recommendation().kind().endsOrHandsOver()
                || alsoMatched.stream().anyMatch(m -> m.recommendation().kind().endsOrHandsOver());
        return new Guidance(questionnaire, answers.takenAt(), answers.respondent(), flags, chosen, scores, alsoMatched,
                freeText(questionnaire, shown), endsOrHandsOver ? questionnaire.endingChecklist() : List.of(), notAnswered);
    }

    private static boolean ruledOutByFlags(List<FlagResult> flags, Recommendation recommendation) {
        for (FlagResult f : flags) {
            if (f.flag().rulesOut().covers(recommendation)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Forced recommendations first: by the severity of the flag that forced them, then by their own
     * priority, then as written; then the other matches by priority, ties as written.
     */
    private static List<MatchedRecommendation> rank(Questionnaire questionnaire, List<FlagResult> flags, Facts facts) {
        Map<String, MatchedRecommendation> ranked = new LinkedHashMap<>();
        List<MatchedRecommendation> forced = new ArrayList<>();
        for (FlagResult fired : flags) {
            fired.flag().recommend().flatMap(questionnaire::recommendation)
                    .ifPresent(r -> forced.add(new MatchedRecommendation(r, forcedReasons(r, fired, facts), Optional.of(fired.flag()))));
        }
        forced.sort(Comparator.comparing((MatchedRecommendation m) -> m.forcedBy().orElseThrow().severity()).reversed()
                .thenComparing(Comparator.comparingInt((MatchedRecommendation m) -> m.recommendation().priority()).reversed())
                .thenComparingInt(m -> questionnaire.recommendations().indexOf(m.recommendation())));
        forced.forEach(m -> ranked.putIfAbsent(m.recommendation().id(), m));
        List<Recommendation> byPriority = new ArrayList<>(questionnaire.recommendations());
        byPriority.sort(Comparator.comparingInt(Recommendation::priority).reversed()); // stable: ties keep written order
        for (Recommendation r : byPriority) {
            if (r.when().isEmpty() || ranked.containsKey(r.id())) {
                continue;
            }
            Optional<Verdict> verdict = r.when().get().holding(facts);
            if (verdict.isPresent()) {
                ranked.put(r.id(), new MatchedRecommendation(r, facts.reasons(verdict.get()), Optional.empty()));
            }
        }
        return new ArrayList<>(ranked.values());
    }

    /** The default, in its other words when a caution or urgent flag fired, so it never says "nothing points away". */
    private static MatchedRecommendation fallback(Questionnaire questionnaire, List<FlagResult> flags) {
        Recommendation fallback = questionnaire.defaultRecommendation();
        boolean flagged = flags.stream().anyMatch(f -> f.flag().severity().compareTo(Severity.CAUTION) >= 0);
        Recommendation worded = fallback.ifFlagged().filter(w -> flagged).map(fallback::reworded).orElse(fallback);
        return new MatchedRecommendation(worded, List.of(), Optional.empty());
    }

    /** A forced recommendation explains itself by its own condition when that holds, else by the flag that forced it. */
    private static List<Reason> forcedReasons(Recommendation r, FlagResult fired, Facts facts) {
        return r.when().flatMap(w -> w.holding(facts)).map(facts::reasons).orElse(fired.reasons());
    }

    /** Questions that were shown (asked) but have no answer, or were declined; hidden ones were never asked. */
    private static Map<String, Item> unansweredQuestions(Visibility.Shown visible) {
        Map<String, AnswerValue> shown = visible.answers();
        Map<String, Item> unanswered = new LinkedHashMap<>();
        for (Item item : visible.items()) {
            if (item.isQuestion() && (!shown.containsKey(item.id()) || shown.get(item.id()) instanceof AnswerValue.Declined)) {
                unanswered.put(item.id(), item);
            }
        }
        return unanswered;
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

    /** The values conditions read, and how to explain each in words. */
    private static final class Facts implements Values {
        private final Questionnaire questionnaire;
        private final Map<String, AnswerValue> shown;
        private final Map<String, ScoreResult> scores = new LinkedHashMap<>();
        private final Set<String> fired = new HashSet<>();

        Facts(Questionnaire questionnaire, Map<String, AnswerValue> shown, List<ScoreResult> scoreResults) {
            this.questionnaire = questionnaire;
            this.shown = shown;
            scoreResults.forEach(result -> scores.put(result.score().id(), result));
        }

        @Override
        public Value of(Name name) {
            return switch (name.root()) {
                case ANSWERS -> Visibility.conditionValue(shown, name);
                case SCORES -> scoreValue(scores.get(name.id()));
                case BANDS -> bandValue(scores.get(name.id()));
                case FLAGS -> Value.of(fired.contains(name.id()));
            };
        }

        private static Value scoreValue(ScoreResult score) {
            return score == null || score.value().isEmpty() ? Value.MISSING : new Value.Number(score.value().get());
        }

        private static Value bandValue(ScoreResult score) {
            return score == null || score.band().isEmpty() ? Value.MISSING : new Value.Text(score.band().get().label());
        }

        void flagsFired(List<FlagResult> results) {
            results.forEach(f -> fired.add(f.flag().id()));
        }

        /** One reason per deciding name; a score read both as scores.x and bands.x is explained once. */
        List<Reason> reasons(Verdict verdict) {
            Map<String, Reason> reasons = new LinkedHashMap<>();
            for (Name name : verdict.deciding()) {
                switch (name.root()) {
                    case ANSWERS -> reasons.put(name.toString(), answerReason(name));
                    case SCORES, BANDS -> reasons.putIfAbsent("scores." + name.id(), scoreReason("scores." + name.id(), scores.get(name.id())));
                    case FLAGS -> reasons.put(name.toString(), flagReason(name));
                }
            }
            return List.copyOf(reasons.values());
        }

        private Reason answerReason(Name name) {
            Item item = questionnaire.item(name.id()).orElseThrow();
            AnswerValue answer = shown.get(name.id());
            if (answer instanceof AnswerValue.Declined) {
                return new Reason(name.toString(), Reason.Kind.DECLINED, item.text(), Optional.empty(), "");
            }
            return new Reason(name.toString(), Reason.Kind.ANSWER, item.text(), Optional.ofNullable(answer).map(AnswerValue::display), "");
        }

        private static Reason scoreReason(String name, ScoreResult result) {
            String detail = result.band().map(b -> b.label() + ": " + b.min().toPlainString() + " to " + b.max().toPlainString()).orElse("");
            return new Reason(name, Reason.Kind.SCORE, result.score().title(), result.value().map(v -> v.toPlainString()), detail);
        }

        private Reason flagReason(Name name) {
            Flag flag = questionnaire.flag(name.id()).orElseThrow();
            Optional<String> raised = fired.contains(name.id()) ? Optional.of("raised") : Optional.empty();
            return new Reason(name.toString(), Reason.Kind.FLAG, firstSentence(flag.message()), raised, flag.severity().yamlName());
        }

        private static String firstSentence(String text) {
            String oneLine = Whitespace.collapsed(text);
            int end = oneLine.indexOf(". ");
            return end < 0 ? oneLine : oneLine.substring(0, end + 1);
        }
    }
}
