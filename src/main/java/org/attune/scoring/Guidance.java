package org.attune.scoring;

import java.util.List;
import java.util.Optional;
import org.attune.definition.Questionnaire;

/**
 * Everything a report shows, computed from one questionnaire and one set of answers.
 * Flags are ordered urgent first; {@code alsoMatched} by priority, highest first.
 * {@code unansweredFlags} did not fire, but read an unanswered item that could have made them fire.
 */
public record Guidance(
        Questionnaire questionnaire,
        Optional<String> takenAt,
        Optional<String> respondent,
        List<FlagResult> flags,
        MatchedRecommendation recommendation,
        List<ScoreResult> scores,
        List<MatchedRecommendation> alsoMatched,
        List<FreeTextAnswer> freeText,
        List<String> endingChecklist,
        List<FlagResult> unansweredFlags) {

    public Guidance {
        flags = List.copyOf(flags);
        scores = List.copyOf(scores);
        alsoMatched = List.copyOf(alsoMatched);
        freeText = List.copyOf(freeText);
        endingChecklist = List.copyOf(endingChecklist);
        unansweredFlags = List.copyOf(unansweredFlags);
    }
}
