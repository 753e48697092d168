package org.attune.report;

import java.util.ArrayList;
import java.util.Optional;
import org.attune.definition.MissingItems;
import java.util.List;
import org.attune.definition.Band;
import org.attune.scoring.FlagResult;
import org.attune.scoring.Guidance;
import org.attune.scoring.MatchedRecommendation;
import org.attune.scoring.Reason;
import org.attune.scoring.ScoreResult;
import org.attune.report.ReportDocument.Advice;
import org.attune.report.ReportDocument.BandNote;
import org.attune.report.ReportDocument.Fact;
import org.attune.report.ReportDocument.FlagNote;
import org.attune.report.ReportDocument.Note;
import org.attune.report.ReportDocument.Range;
import org.attune.report.ReportDocument.ScoreLine;
import org.attune.report.ReportDocument.Section;

/** Walks the guidance once and puts the wording in place. */
final class DocumentBuilder {
    private DocumentBuilder() {}

    static ReportDocument build(Guidance g) {
        var header = g.questionnaire().header();
        var about = new ReportDocument.About(header.title(), g.questionnaire().id(), header.version(), g.questionnaire().sha256(),
                g.takenAt(), g.takenAt().map(ReportWording::taken), g.respondent());
        List<Section> sections = new ArrayList<>();
        if (!g.flags().isEmpty() || !g.unansweredFlags().isEmpty()) {
            List<FlagNote> flags = new ArrayList<>(g.flags().stream().map(DocumentBuilder::flag).toList());
            g.unansweredFlags().forEach(f -> flags.add(notAnswered(f)));
            sections.add(new ReportDocument.Flags(ReportWording.FLAGS, flags));
        }
        sections.add(new ReportDocument.Chosen(ReportWording.RECOMMENDATION, chosen(g)));
        if (!g.scores().isEmpty()) {
            sections.add(new ReportDocument.Scores(ReportWording.SCORES, g.scores().stream().map(DocumentBuilder::score).toList()));
        }
        if (!g.alsoMatched().isEmpty()) {
            sections.add(new ReportDocument.AlsoConsider(ReportWording.ALSO_CONSIDER,
                    g.alsoMatched().stream().map(DocumentBuilder::advice).toList()));
        }
        if (!g.endingChecklist().isEmpty()) {
            sections.add(new ReportDocument.Checklist(ReportWording.ENDING_WELL, ReportWording.CHECKLIST_INTRO, g.endingChecklist()));
        }
        if (!g.freeText().isEmpty()) {
            sections.add(new ReportDocument.Notes(ReportWording.YOUR_NOTES,
                    g.freeText().stream().map(n -> new Note(n.itemId(), n.question(), n.answer())).toList()));
        }
        return new ReportDocument(about, sections, ReportWording.DISCLAIMER);
    }

    private static FlagNote flag(FlagResult fired) {
        var flag = fired.flag();
        List<Fact> facts = facts(fired.reasons());
        return new FlagNote(flag.id(), flag.severity(), true, ReportWording.severityWord(flag.severity()), flag.message(), flag.recommend(),
                ReportWording.because(sentences(facts)), facts);
    }

    private static FlagNote notAnswered(FlagResult undecided) {
        var flag = undecided.flag();
        boolean declined = undecided.reasons().stream().anyMatch(r -> r.kind() == org.attune.scoring.Reason.Kind.DECLINED);
        List<Fact> facts = facts(undecided.reasons());
        return new FlagNote(flag.id(), flag.severity(), false, ReportWording.NOT_ANSWERED,
                declined ? ReportWording.declined(flag.severity()) : ReportWording.notAnswered(flag.severity()),
                flag.recommend(), ReportWording.because(sentences(facts)), facts);
    }

    /**
     * The recommendation, except that when no rule could match because scores lack answers, the default is
     * not offered as if it were a finding: the report says what is missing and how to go on.
     */
    private static Advice chosen(Guidance g) {
        List<ScoreResult> lacking = g.scores().stream().filter(s -> !s.hasValue()).toList();
        MatchedRecommendation matched = g.recommendation();
        if (lacking.isEmpty() || !matched.recommendation().isDefault()) {
            return advice(matched);
        }
        var r = matched.recommendation();
        List<String> reasons = lacking.stream().map(ReportWording::notEnoughFor).toList();
        return new Advice(ReportWording.NOT_ENOUGH_KEY, ReportWording.NOT_ENOUGH_KEY, "", ReportWording.NOT_ENOUGH_TITLE, r.priority(),
                Optional.empty(), Optional.empty(), reasons, new ReportWording.Why(reasons, List.of()), List.of(),
                lacking.stream().anyMatch(s -> s.declined() > 0) ? ReportWording.NOT_ENOUGH_STEPS_DECLINED : ReportWording.NOT_ENOUGH_STEPS);
    }

    private static Advice advice(MatchedRecommendation matched) {
        var r = matched.recommendation();
        List<Fact> facts = facts(matched.reasons());
        return new Advice(r.id(), r.kind().yamlName(), kindAfter(r.title(), ReportWording.kindWord(r.kind())), r.title(), r.priority(),
                matched.forcedBy().map(f -> f.id()), matched.forcedBy().map(f -> ReportWording.FORCED), r.reasons(),
                ReportWording.why(r, sentences(facts)), facts, r.nextSteps());
    }

    /** The kind in words after a title, unless the title says it already ("Safety first (safety first)"). */
    private static String kindAfter(String title, String kindWord) {
        return title.toLowerCase(java.util.Locale.ROOT).contains(kindWord.toLowerCase(java.util.Locale.ROOT)) ? "" : kindWord;
    }

    private static List<Fact> facts(List<Reason> reasons) {
        List<Fact> facts = new ArrayList<>(reasons.size());
        for (Reason r : reasons) {
            facts.add(new Fact(r.name(), r.value(), ReportWording.fact(r)));
        }
        return facts;
    }

    /** Each fact worded once: "because" and "why" join the same sentences the facts carry. */
    private static List<String> sentences(List<Fact> facts) {
        List<String> sentences = new ArrayList<>(facts.size());
        for (Fact fact : facts) {
            sentences.add(fact.sentence());
        }
        return sentences;
    }

    private static ScoreLine score(ScoreResult s) {
        var score = s.score();
        return new ScoreLine(score.id(), score.title(), s.value(), ReportWording.value(s), ReportWording.missing(s), s.band().map(DocumentBuilder::band),
                score.bands().stream().map(DocumentBuilder::band).toList(),
                score.range().map(r -> new Range(r.low(), r.high(), ReportWording.end(r.low()), ReportWording.end(r.high()))),
                s.answered(), s.declined(), s.of(), score.minAnswered(), ReportWording.answered(s), ReportWording.chartLabel(s),
                s.isProrated() ? Optional.of(ReportWording.prorated(s)) : Optional.empty(), computed(s));
    }

    private static ReportDocument.Computed computed(ScoreResult s) {
        String missing = s.score().missing() instanceof MissingItems.Fill ? "fill"
                : s.score().missing() instanceof MissingItems.Complete ? "none" : "prorate";
        return new ReportDocument.Computed(s.answeredValue(), s.unrounded(), missing, s.score().rounding().yamlName(), s.isProrated());
    }

    private static BandNote band(Band band) {
        return new BandNote(band.min(), band.max(), band.label(), band.meaning(), ReportWording.span(band.min(), band.max()));
    }
}
