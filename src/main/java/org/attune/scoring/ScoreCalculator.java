package org.attune.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import org.attune.answers.AnswerValue;
import org.attune.definition.Band;
import org.attune.definition.Item;
import org.attune.definition.Questionnaire;
import org.attune.definition.Score;
import org.attune.definition.ScoreMethod;

/**
 * Computes one score from the shown answers: weighted sum or mean, the missing-data rule (too few answers:
 * no value; otherwise a sum is prorated over the missing items), rounding half-up to the score's
 * decimals, then the band.
 */
final class ScoreCalculator {
    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private ScoreCalculator() {}

    static ScoreResult calculate(Questionnaire questionnaire, Score score, Map<String, AnswerValue> shown) {
        BigDecimal weightedSum = BigDecimal.ZERO;
        BigDecimal answeredWeight = BigDecimal.ZERO;
        BigDecimal totalWeight = BigDecimal.ZERO;
        int answered = 0;
        for (String id : score.itemIds()) {
            Item item = questionnaire.item(id).orElseThrow();
            BigDecimal weight = item.common().weight();
            totalWeight = totalWeight.add(weight);
            Optional<BigDecimal> value = Optional.ofNullable(shown.get(id)).flatMap(a -> ItemValue.of(item, a));
            if (value.isPresent()) {
                answered++;
                answeredWeight = answeredWeight.add(weight);
                weightedSum = weightedSum.add(value.get().multiply(weight));
            }
        }
        int of = score.itemIds().size();
        if (answered == 0 || answered < score.minAnswered()) {
            return new ScoreResult(score, Optional.empty(), Optional.empty(), answered, of);
        }
        BigDecimal raw = score.method() == ScoreMethod.SUM
                ? weightedSum.multiply(totalWeight).divide(answeredWeight, PRECISION)
                : weightedSum.divide(answeredWeight, PRECISION);
        BigDecimal value = raw.setScale(score.decimals(), RoundingMode.HALF_UP);
        Optional<Band> band = score.bands().stream().filter(b -> b.contains(value)).findFirst();
        return new ScoreResult(score, Optional.of(value), band, answered, of);
    }
}
