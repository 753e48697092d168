package org.attune.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.attune.definition.Severity;
import org.attune.scoring.Guidance;

/**
 * A guidance report with its wording in place and no layout: what every format shows, in reading order.
 * Built once from the guidance ({@link #of}); each format lays it out ({@link ReportRenderer}).
 *
 * <p>Sections appear only when they have something to say, except the recommendation. A new kind of section
 * (the change over time of several results, a supervision group's summary) is a new record of {@link Section}:
 * the compiler then points at every renderer that must lay it out.
 */
public record ReportDocument(About about, List<Section> sections, String disclaimer) {

    public ReportDocument {
        sections = List.copyOf(sections);
    }

    /** One walk of the guidance. */
    public static ReportDocument of(Guidance guidance) {
        return DocumentBuilder.build(guidance);
    }

    /** A supervision group's summary: counts and statistics only, never who. */
    public static ReportDocument ofGroup(org.attune.group.GroupSummary summary) {
        return GroupDocumentBuilder.build(summary);
    }

    /** The section of this kind, if the report has one. */
    public <T extends Section> Optional<T> section(Class<T> kind) {
        for (Section section : sections) {
            if (kind.isInstance(section)) {
                return Optional.of(kind.cast(section));
            }
        }
        return Optional.empty();
    }

    /**
     * Which questionnaire, when and about whom; {@code taken} is worded, {@code takenAt} as written (ISO 8601). A group
     * summary has no time and no respondent; its {@code taken} says how many members it stands for.
     */
    public record About(String title, String questionnaireId, String version, String sha256, Optional<String> takenAt,
            Optional<String> taken, Optional<String> respondent) {}

    public sealed interface Section permits Flags, Chosen, Scores, AlsoConsider, Checklist, Notes,
            GroupOverview, GroupFlags, GroupRecommendations, GroupScores, GroupItems {
        String heading();

        /** Hands this section to the layout method for its kind. */
        void layOut(Layout layout);
    }

    /** What a format does with each kind of section; a new kind of section adds a method here. */
    public interface Layout {
        void flags(Flags section);

        void recommendation(Chosen section);

        void scores(Scores section);

        void alsoConsider(AlsoConsider section);

        void checklist(Checklist section);

        void notes(Notes section);

        void groupOverview(GroupOverview section);

        void groupFlags(GroupFlags section);

        void groupRecommendations(GroupRecommendations section);

        void groupScores(GroupScores section);

        void groupItems(GroupItems section);
    }

    /** Flags that fired, urgent first. */
    public record Flags(String heading, List<FlagNote> flags) implements Section {
        @Override
        public void layOut(Layout layout) {
            layout.flags(this);
        }

        public Flags {
            flags = List.copyOf(flags);
        }
    }

    /** The recommendation. */
    public record Chosen(String heading, Advice advice) implements Section {
        @Override
        public void layOut(Layout layout) {
            layout.recommendation(this);
        }
}

    public record Scores(String heading, List<ScoreLine> scores) implements Section {
        @Override
        public void layOut(Layout layout) {
            layout.scores(this);
        }

        public Scores {
            scores = List.copyOf(scores);
        }
    }

    /** Other recommendations that also apply, highest priority first. */
    public record AlsoConsider(String heading, List<Advice> advice) implements Section {
        @Override
        public void layOut(Layout layout) {
            layout.alsoConsider(this);
        }

        public AlsoConsider {
            advice = List.copyOf(advice);
        }
    }

    /** The ending-well checklist, shown when a recommendation ends or hands over the work. */
    public record Checklist(String heading, String intro, List<String> steps) implements Section {
        @Override
        public void layOut(Layout layout) {
            layout.checklist(this);
        }

        public Checklist {
            steps = List.copyOf(steps);
        }
    }

    /** Free-text answers that are not private. */
    public record Notes(String heading, List<Note> notes) implements Section {
        @Override
        public void layOut(Layout layout) {
            layout.notes(this);
        }

        public Notes {
            notes = List.copyOf(notes);
        }
    }

    /** One fact a rule read: its name in the rule, its value, and a sentence. */
    public record Fact(String name, Optional<String> value, String sentence) {}

    /**
     * A flag: {@code fired}, or not answered (it reads a question left unanswered that could have raised it,
     * so the report cannot tell whether it applies, and says so instead of reading the gap as a no).
     */
    public record FlagNote(String id, Severity severity, boolean fired, String severityWord, String message, Optional<String> recommend,
            String because, List<Fact> facts) {
        public FlagNote {
            facts = List.copyOf(facts);
        }
    }

    /**
     * A recommendation with its title, kind, why and next steps. {@code reasons} are the questionnaire's own
     * reasons for it; {@code why} adds the facts that made it apply.
     */
    public record Advice(String id, String kind, String kindWord, String title, int priority, Optional<String> forcedBy,
            Optional<String> forcedNote, List<String> reasons, ReportWording.Why why, List<Fact> facts, List<String> nextSteps) {
        public Advice {
            reasons = List.copyOf(reasons);
            facts = List.copyOf(facts);
            nextSteps = List.copyOf(nextSteps);
        }
    }

    /**
     * A score: {@code valueText} such as "3.2 of 4" (or "not enough answers"), {@code missing} the longer
     * explanation when there is no value, its band if any, all its bands for a chart, and its range.
     */
    public record ScoreLine(String id, String title, Optional<BigDecimal> value, String valueText, String missing,
            Optional<BandNote> band, List<BandNote> bands, Optional<Range> range, int answered, int declined, int of, int minAnswered,
            String answeredText, String chartLabel, Optional<String> prorated, Computed computed) {
        public ScoreLine {
            bands = List.copyOf(bands);
        }
    }

    /**
     * How a score's value came about, for data users: the sum or mean of the answered items alone, the value
     * after missing items were prorated or filled (before rounding), how missing items count, and the rounding.
     */
    public record Computed(Optional<BigDecimal> answeredValue, Optional<BigDecimal> unrounded, String missing, String rounding,
            boolean prorated) {}

    public record BandNote(BigDecimal min, BigDecimal max, String label, String meaning, String span) {}

    public record Range(BigDecimal low, BigDecimal high, String lowText, String highText) {}

    public record Note(String itemId, String question, String answer) {}

    /** Who a group summary stands for: how many members, other versions answered, and how small counts are shown. */
    public record GroupOverview(String heading, List<String> paragraphs) implements Section {
        @Override
        public void layOut(Layout layout) {
            layout.groupOverview(this);
        }

        public GroupOverview {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /** Every flag with how many members raised it; {@code reminder} when an urgent one was raised. */
    public record GroupFlags(String heading, List<GroupFlag> flags, Optional<String> reminder) implements Section {
        @Override
        public void layOut(Layout layout) {
            layout.groupFlags(this);
        }

        public GroupFlags {
            flags = List.copyOf(flags);
        }
    }

    /** How many members got each kind of recommendation. */
    public record GroupRecommendations(String heading, String intro, List<Tally> kinds) implements Section {
        @Override
        public void layOut(Layout layout) {
            layout.groupRecommendations(this);
        }

        public GroupRecommendations {
            kinds = List.copyOf(kinds);
        }
    }

    public record GroupScores(String heading, List<GroupScore> scores) implements Section {
        @Override
        public void layOut(Layout layout) {
            layout.groupScores(this);
        }

        public GroupScores {
            scores = List.copyOf(scores);
        }
    }

    /** The answers to each item that is not free text. */
    public record GroupItems(String heading, List<GroupItem> items) implements Section {
        @Override
        public void layOut(Layout layout) {
            layout.groupItems(this);
        }

        public GroupItems {
            items = List.copyOf(items);
        }
    }

    /**
     * A count of members with its label (a band, an option, a kind): {@code members} is empty when the count is
     * hidden ("fewer than 3"); {@code of} is the total it is a share of, for a bar.
     */
    public record Tally(String key, String label, String detail, OptionalInt members, String countText, int of) {}

    /** Mean, median, range and standard deviation, as numbers and as one line of words. */
    public record GroupStatistics(int count, BigDecimal mean, BigDecimal median, BigDecimal min, BigDecimal max, BigDecimal standardDeviation,
            String text) {}

    /** A flag: {@code raised} as a tally of the members; {@code undecided} those for whom it could not be decided. */
    public record GroupFlag(String id, Severity severity, String severityWord, String message, Tally raised, Tally undecided,
            String raisedText) {}

    /**
     * A score across the group: {@code statistics} and {@code bands} are empty and {@code tooFew} says why when fewer
     * than three members have a value; {@code meanOnScale} places the mean on the score's bands, for a chart.
     */
    public record GroupScore(String id, String title, Tally withValue, Tally withoutValue, String answeredText, Optional<GroupStatistics> statistics,
            List<Tally> bands, Optional<String> tooFew, Optional<ScoreLine> meanOnScale) {
        public GroupScore {
            bands = List.copyOf(bands);
        }
    }

    /** An item's answers: a tally per option, or statistics for numbers; {@code tooFew} when fewer than three answered. */
    public record GroupItem(String id, String question, String kind, Tally answered, Tally notAnswered, String answeredText, List<Tally> options,
            Optional<GroupStatistics> numbers, Optional<String> tooFew) {
        public GroupItem {
            options = List.copyOf(options);
        }
    }
}
