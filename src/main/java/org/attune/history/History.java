package org.attune.history;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.definition.Questionnaire;
import org.attune.definition.Score;
import org.attune.results.PastResults.PastResult;
import org.attune.results.PastResults.ScoreLine;

/**
 * The finished results of one questionnaire over time, oldest first, one timeline per person they are
 * about: results about different clients (their pseudonyms) are never compared with each other. Values come
 * from each result's saved report; what a score declares for judging change comes from the questionnaire now.
 */
public record History(Questionnaire questionnaire, List<Timeline> timelines) {

    public History {
        timelines = List.copyOf(timelines);
    }

    /** One result in a timeline: its number in 'attune results', when it was taken and its recommendation. */
    public record Result(int number, Optional<String> takenAt, Optional<String> respondent, String recommendation) {}

    /** The results about one person (or with no pseudonym) and each score's course through them. */
    public record Timeline(Optional<String> respondent, List<Result> results, List<Trend> trends) {
        public Timeline {
            results = List.copyOf(results);
            trends = List.copyOf(trends);
        }
    }

    /** A score at each result ({@code points}, in the order of the results), with reliable change when declared. */
    public record Trend(Score score, List<Point> points, Optional<ReliableChange> reliableChange) {
        public Trend {
            points = List.copyOf(points);
        }
    }

    /**
     * A score in one result: its value and band, or none (a gap: the result had not enough answers, or the
     * score did not exist yet), and the change since the previous and the first result that had a value.
     */
    public record Point(Optional<BigDecimal> value, Optional<String> band, Optional<Change> fromPrevious, Optional<Change> fromFirst) {}

    /** A change between two values, with its reliable change index and verdict when the score declares them. */
    public record Change(BigDecimal from, BigDecimal to, BigDecimal difference, Optional<BigDecimal> index,
            Optional<ReliableChange.Verdict> verdict) {

        public static Change between(BigDecimal from, BigDecimal to, Optional<ReliableChange> rc) {
            return new Change(from, to, to.subtract(from), rc.map(r -> r.index(from, to)), rc.map(r -> r.verdict(from, to)));
        }
    }

    /** The history of {@code questionnaire} from past results (of any questionnaire: the others are left out). */
    public static History of(Questionnaire questionnaire, List<PastResult> past, HistoryFilter filter) {
        Map<Optional<String>, List<PastResult>> byPerson = new LinkedHashMap<>();
        for (PastResult r : past) {
            if (r.questionnaireId().equals(questionnaire.id()) && filter.admits(r.takenAt(), r.respondent())) {
                byPerson.computeIfAbsent(r.respondent(), k -> new ArrayList<>()).add(r);
            }
        }
        List<Timeline> timelines = new ArrayList<>();
        byPerson.forEach((person, results) -> {
            List<PastResult> shown = filter.last().isPresent() && results.size() > filter.last().getAsInt()
                    ? results.subList(results.size() - filter.last().getAsInt(), results.size()) : results;
            timelines.add(timeline(questionnaire, person, shown));
        });
        return new History(questionnaire, timelines);
    }

    private static Timeline timeline(Questionnaire questionnaire, Optional<String> person, List<PastResult> results) {
        List<Trend> trends = new ArrayList<>();
        for (Score score : questionnaire.scores()) {
            Optional<ReliableChange> rc = ReliableChange.of(score.change());
            List<Point> points = new ArrayList<>();
            Optional<BigDecimal> first = Optional.empty();
            Optional<BigDecimal> previous = Optional.empty();
            for (PastResult result : results) {
                Optional<ScoreLine> line = result.scores().stream().filter(s -> s.id().equals(score.id())).findFirst();
                Optional<BigDecimal> value = line.flatMap(ScoreLine::number);
                if (value.isEmpty()) {
                    points.add(new Point(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
                    continue;
                }
                BigDecimal v = value.get();
                Optional<BigDecimal> before = previous;
                points.add(new Point(value, line.flatMap(ScoreLine::band), before.map(p -> Change.between(p, v, rc)),
                        first.map(f -> Change.between(f, v, rc))));
                first = first.or(() -> value);
                previous = value;
            }
            trends.add(new Trend(score, points, rc));
        }
        List<Result> shown = results.stream().map(r -> new Result(r.number(), r.takenAt(), r.respondent(), r.recommendation())).toList();
        return new Timeline(person, shown, trends);
    }
}
