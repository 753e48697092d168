package org.attune.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attune.definition.Band;
import org.attune.definition.Score;
import org.attune.history.History;
import org.attune.history.ReliableChange;
import org.attune.report.HistoryDocument.ChangeNote;
import org.attune.report.HistoryDocument.Entry;
import org.attune.report.HistoryDocument.Person;
import org.attune.report.HistoryDocument.Row;
import org.attune.report.HistoryDocument.Series;
import org.attune.report.ReportDocument.BandNote;
import org.attune.report.ReportDocument.Range;
import org.attune.report.ReportWording.HistoryWords;

/** Walks a history once and puts the wording in place. */
final class HistoryBuilder {
    private HistoryBuilder() {}

    static HistoryDocument build(History history) {
        var header = history.questionnaire().header();
        List<Person> people = new ArrayList<>();
        for (History.Timeline timeline : history.timelines()) {
            List<Series> series = timeline.trends().stream().map(t -> series(t, timeline.results())).toList();
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < timeline.results().size(); i++) {
                History.Result r = timeline.results().get(i);
                int at = i;
                List<String> scores = series.stream().map(s -> s.title() + " " + s.entries().get(at).valueText()
                        + s.entries().get(at).band().map(b -> " (" + b + ")").orElse("")).toList();
                rows.add(new Row(r.number(), r.takenAt(), taken(r.takenAt()), String.join(" \u00b7 ", scores), r.recommendation()));
            }
            people.add(new Person(timeline.respondent().map(HistoryWords::about).orElse(history.timelines().size() > 1 ? HistoryWords.NO_PSEUDONYM : ""),
                    timeline.respondent(), HistoryWords.span(rows.size(), rows.isEmpty() ? "" : rows.get(0).taken(),
                            rows.isEmpty() ? "" : rows.get(rows.size() - 1).taken()), rows, series, noise(series)));
        }
        return new HistoryDocument(header.title(), history.questionnaire().id(), header.version(), people, HistoryWords.NOTE,
                ReportWording.DISCLAIMER);
    }

    /** One sentence for the scores without reliable change, naming them unless it is all of them. */
    private static Optional<String> noise(List<Series> series) {
        List<String> without = series.stream().filter(s -> s.changeNote().isEmpty()).map(Series::title).toList();
        if (without.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(without.size() == series.size() ? HistoryWords.NOISE : HistoryWords.noiseIn(without));
    }

    private static String taken(Optional<String> takenAt) {
        return takenAt.map(ReportWording::date).orElse(HistoryWords.UNKNOWN_DATE);
    }

    private static Series series(History.Trend trend, List<History.Result> results) {
        Score score = trend.score();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < trend.points().size(); i++) {
            History.Point p = trend.points().get(i);
            History.Result r = results.get(i);
            entries.add(new Entry(r.number(), r.takenAt(), p.value(),
                    p.value().map(ReportWording::number).orElse(ReportWording.NOT_ENOUGH_ANSWERS), p.band(),
                    p.fromPrevious().map(HistoryBuilder::change), p.fromFirst().map(HistoryBuilder::change)));
        }
        Optional<ReliableChange> rc = trend.reliableChange();
        Optional<String> changeNote = rc.map(r -> HistoryWords.reliableFrom(r.smallestReliableChange()));
        return new Series(score.id(), score.title(), entries, score.bands().stream().map(HistoryBuilder::band).toList(),
                score.range().map(x -> new Range(x.low(), x.high(), ReportWording.end(x.low()), ReportWording.end(x.high()))),
                rc.map(r -> ReliableChange.twoDecimals(r.smallestReliableChange())), score.change().cutoff(),
                score.change().better().map(b -> b.yamlName()), changeNote, latest(entries, score),
                rc.map(r -> HistoryWords.steps(entries.stream().filter(e -> e.fromPrevious().flatMap(ChangeNote::verdict)
                        .filter(v -> !v.equals(HistoryWords.verdictCode(ReliableChange.Verdict.NO_RELIABLE_CHANGE))).isPresent()).toList())),
                HistoryWords.chartLabel(score.title(), entries));
    }

    private static ChangeNote change(History.Change c) {
        return new ChangeNote(c.difference(), HistoryWords.signed(c.difference()), c.index().map(ReliableChange::twoDecimals),
                c.verdict().map(HistoryWords::verdictCode), c.verdict().map(HistoryWords::verdict));
    }

    /** "Latest 3.0 (mixed): +0.6 since the previous result, +1.4 since the first." */
    private static String latest(List<Entry> entries, Score score) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry e = entries.get(i);
            if (e.value().isPresent()) {
                // with only one earlier value, the first result is the previous one: its change is said once
                boolean previousIsFirst = entries.subList(0, i).stream().filter(x -> x.value().isPresent()).count() == 1;
                String sentence = HistoryWords.latest(e, previousIsFirst, score.change().cutoff(), score.change().better());
                // a newer result without a value must not let an older value pass for the latest
                return i == entries.size() - 1 ? sentence : HistoryWords.latestWithoutValue(entries.get(entries.size() - 1).number(), e.number())
                        + sentence.replaceFirst("^Latest ", "Last value ");
            }
        }
        return HistoryWords.NO_VALUE_YET;
    }

    private static BandNote band(Band band) {
        return new BandNote(band.min(), band.max(), band.label(), band.meaning(), ReportWording.span(band.min(), band.max()));
    }
}
