package org.attune.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Optional;
import org.attune.answers.AnswerValue;
import org.attune.definition.Band;
import org.attune.definition.Item;
import org.attune.definition.MissingItems;
import org.attune.definition.Questionnaire;
import org.attune.definition.Score;
import org.attune.definition.ScoreMethod;

/**
 * Computes one score from the shown answers: weighted sum or mean of the answered items; too few
 * answered gives no value; otherwise missing items are prorated, filled or (for complete-only scores)
 * absent; the value is rounded by the score's rule, then banded.
 */
final class ScoreCalculator {
    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private ScoreCalculator() {}

    static ScoreResult calculate(Questionnaire questionnaire, Score score, Map<String, AnswerValue> shown) {
        BigDecimal weightedSum = BigDecimal.ZERO;
        BigDecimal answeredWeight = BigDecimal.ZERO;
        BigDecimal totalWeight = BigDecimal.ZERO;
        BigDecimal filledSum = BigDecimal.ZERO;
        int answered = 0;
        int declined = 0;
        for (String id : score.itemIds()) {
            Item item = questionnaire.item(id).orElseThrow();
            BigDecimal weight = item.common().weight();
            totalWeight = totalWeight.add(weight);
            AnswerValue answer = shown.get(id);
            Optional<BigDecimal> value = answer == null ? Optional.empty() : ItemValue.of(item, answer);
            if (value.isPresent()) {
                answered++;
                answeredWeight = answeredWeight.add(weight);
                weightedSum = weightedSum.add(value.get().multiply(weight));
            } else if (answer instanceof AnswerValue.Declined) {
                declined++;
            }
            if (value.isEmpty() && score.missing() instanceof MissingItems.Fill fill) {
                filledSum = filledSum.add(ItemValue.scored(item, fill.value()).multiply(weight));
            }
        }
        int of = score.itemIds().size();
        if (answered == 0 || answered < score.minAnswered()) {
            return new ScoreResult(score, Optional.empty(), Optional.empty(), answered, declined, of, Optional.empty(), Optional.empty());
        }
        boolean sum = score.method() == ScoreMethod.SUM;
        BigDecimal answeredValue = sum ? weightedSum : weightedSum.divide(answeredWeight, PRECISION);
        BigDecimal unrounded;
        if (score.missing() instanceof MissingItems.Fill) {
            BigDecimal all = weightedSum.add(filledSum);
            unrounded = sum ? all : all.divide(totalWeight, PRECISION);
        } else {
            // prorating a mean changes nothing: the mean of the answered items stands for all
            unrounded = sum ? weightedSum.multiply(totalWeight).divide(answeredWeight, PRECISION) : answeredValue;
        }
        BigDecimal value = score.rounding().mode().map(mode -> unrounded.setScale(score.decimals(), mode)).orElse(unrounded);
        return new ScoreResult(score, Optional.of(value), band(score, value), answered, declined, of, Optional.of(answeredValue), Optional.of(unrounded));
    }

    /**
     * The highest band starting at or below the value, if the value is not above it: the same as the
     * band containing the value for rounded scores, and the lower band for an unrounded value that
     * falls between two bands.
     */
    static Optional<Band> band(Score score, BigDecimal value) {
        Band found = null;
        for (Band band : score.bands()) {
            if (band.min().compareTo(value) <= 0) {
                found = band;
            }
        }
        Band last = score.bands().isEmpty() ? null : score.bands().get(score.bands().size() - 1);
        return Optional.ofNullable(found).filter(b -> value.compareTo(last.max()) <= 0);
    }
}
