package org.attune.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.attune.group.Count;
import org.attune.group.GroupSummary;
import org.attune.group.Privacy;
import org.attune.group.Statistics;
import org.attune.report.ReportDocument.GroupFlag;
import org.attune.report.ReportDocument.GroupItem;
import org.attune.report.ReportDocument.GroupScore;
import org.attune.report.ReportDocument.Range;
import org.attune.report.ReportDocument.ScoreLine;
import org.attune.report.ReportDocument.Section;
import org.attune.report.ReportDocument.Tally;
import org.attune.report.ReportWording.Group;

/** Puts the wording of a group summary in place; the summary has already applied the privacy rules. */
final class GroupDocumentBuilder {
    private static final String SEPARATOR = ", ";

    private GroupDocumentBuilder() {}

    static ReportDocument build(GroupSummary summary) {
        var q = summary.questionnaire();
        var about = new ReportDocument.About(q.header().title(), q.id(), q.header().version(), q.sha256(), Optional.empty(),
                Optional.of(Group.about(summary.members())), Optional.empty());
        List<Section> sections = new ArrayList<>();
        sections.add(new ReportDocument.GroupOverview(Group.OVERVIEW, overview(summary)));
        if (!summary.flags().isEmpty()) {
            sections.add(new ReportDocument.GroupFlags(Group.FLAGS, summary.flags().stream().map(GroupDocumentBuilder::flag).toList(),
                    summary.urgentRaised() ? Optional.of(Group.URGENT_REMINDER) : Optional.empty()));
        }
        sections.add(new ReportDocument.GroupRecommendations(Group.RECOMMENDATIONS, Group.RECOMMENDATIONS_INTRO,
                summary.recommendations().stream().map(k -> kind(k, summary.members())).toList()));
        if (!summary.scores().isEmpty()) {
            sections.add(new ReportDocument.GroupScores(Group.SCORES, summary.scores().stream().map(s -> score(s, summary.members(), summary.privacy())).toList()));
        }
        if (!summary.items().isEmpty()) {
            sections.add(new ReportDocument.GroupItems(Group.ITEMS, summary.items().stream().map(i -> item(i, summary.members(), summary.privacy())).toList()));
        }
        return new ReportDocument(about, sections, Group.DISCLAIMER);
    }

    private static List<String> overview(GroupSummary summary) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(Group.members(summary.members()));
        summary.otherVersions().forEach((version, count) ->
                paragraphs.add(Group.otherVersion(Group.count(count), version, summary.questionnaire().header().version())));
        paragraphs.add(summary.privacy().showSmallCounts() ? Group.SMALL_COUNTS_SHOWN : Group.SMALL_COUNTS_HIDDEN);
        return paragraphs;
    }

    private static Tally tally(String key, String label, String detail, Count count, int of) {
        OptionalInt members = count instanceof Count.Exact exact ? OptionalInt.of(exact.members()) : OptionalInt.empty();
        return new Tally(key, label, detail, members, Group.count(count), of);
    }

    private static GroupFlag flag(GroupSummary.FlagCount f) {
        var flag = f.flag();
        return new GroupFlag(flag.id(), flag.severity(), ReportWording.severityWord(flag.severity()), flag.message(),
                tally(flag.id(), flag.message(), "", f.raised(), 0), tally(flag.id(), flag.message(), "", f.undecided(), 0),
                Group.raised(f.raised()) + (f.undecided().isNonZero() ? "; " + Group.undecided(f.undecided()) : ""));
    }

    private static Tally kind(GroupSummary.KindCount k, int members) {
        return k.kind().map(kind -> tally(kind.yamlName(), Group.kind(kind), "", k.members(), members))
                .orElseGet(() -> tally(ReportWording.NOT_ENOUGH_KEY, ReportWording.capitalised(Group.NOT_ENOUGH_FOR_A_RECOMMENDATION), "", k.members(), members));
    }

    // how many have a value, or answered, is a count like any other: one or two is "fewer than 3"
    private static GroupScore score(GroupSummary.ScoreSummary s, int members, Privacy privacy) {
        Count withValue = privacy.count(s.withValue());
        var score = s.score();
        Optional<ReportDocument.GroupStatistics> statistics = s.statistics().map(GroupDocumentBuilder::statistics);
        List<Tally> bands = s.bands().stream()
                .map(b -> tally(b.band().label(), b.band().label(), ReportWording.span(b.band().min(), b.band().max()), b.members(), s.withValue()))
                .toList();
        return new GroupScore(score.id(), score.title(), tally(score.id(), score.title(), "", withValue, members),
                tally(score.id(), score.title(), "", s.withoutValue(), members), Group.withValue(withValue, members), statistics, bands, s.statistics().isEmpty() ? Optional.of(Group.TOO_FEW) : Optional.empty(),
                s.statistics().flatMap(st -> meanOnScale(s, st.mean(), members)));
    }

    /** The mean as a score line, so the chart of one person's score draws the group's mean on the same bands. */
    private static Optional<ScoreLine> meanOnScale(GroupSummary.ScoreSummary s, BigDecimal mean, int members) {
        var score = s.score();
        if (score.range().isEmpty()) {
            return Optional.empty();
        }
        var range = score.range().get();
        var bands = score.bands().stream().map(b -> new ReportDocument.BandNote(b.min(), b.max(), b.label(), b.meaning(), ReportWording.span(b.min(), b.max())))
                .toList();
        var band = bands.stream().filter(b -> mean.compareTo(b.min()) >= 0 && mean.compareTo(b.max()) <= 0).findFirst();
        String meanText = ReportWording.end(mean);
        return Optional.of(new ScoreLine(score.id(), score.title(), Optional.of(mean), meanText, "", band, bands,
                Optional.of(new Range(range.low(), range.high(), ReportWording.end(range.low()), ReportWording.end(range.high()))),
                s.withValue(), 0, members, score.minAnswered(), Group.withValue(new Count.Exact(s.withValue()), members),
                Group.chartLabel(score.title(), meanText),
                Optional.empty(), new ReportDocument.Computed(Optional.empty(), Optional.empty(), "", "", false)));
    }

    private static ReportDocument.GroupStatistics statistics(Statistics s) {
        return new ReportDocument.GroupStatistics(s.count(), s.mean(), s.median(), s.min(), s.max(), s.standardDeviation(),
                Group.statistics(s.mean(), s.median(), s.min(), s.max(), s.standardDeviation(), SEPARATOR));
    }

    private static GroupItem item(GroupSummary.ItemSummary i, int members, Privacy privacy) {
        var item = i.item();
        Count answered = privacy.count(i.answered());
        List<Tally> options = i.options().stream().map(o -> tally(o.name(), o.label(), "", o.members(), i.answered())).toList();
        return new GroupItem(item.id(), item.text(), item.kind(), tally(item.id(), item.text(), "", answered, members),
                tally(item.id(), item.text(), "", i.notAnswered(), members), Group.answered(answered, members), options, i.numbers().map(GroupDocumentBuilder::statistics),
                i.tooFew() ? Optional.of(Group.TOO_FEW) : Optional.empty());
    }
}
