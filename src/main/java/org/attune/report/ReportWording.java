package org.attune.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import org.attune.answers.TakenAt;
import org.attune.definition.Recommendation;
import org.attune.definition.RecommendationKind;
import org.attune.definition.Severity;
import org.attune.scoring.Reason;
import org.attune.scoring.ScoreResult;

/**
 * Every English word and sentence of a report, in one place, so the formats never say different things
 * (and a translation has one file to replace). Renderers lay these out; they write no wording of their own.
 */
public final class ReportWording {
    // fits both kinds of questionnaire: about the therapist's own well-being, and about one client
    public static final String DISCLAIMER = "This report is a reflective aid, not a diagnosis. It cannot know you, your work or the "
            + "people you work with as you do. Bring hard calls, and anything about safety, to supervision or consultation.";
    public static final String FORCED = "This comes first because of the urgent flag above; it overrides every other result.";
    public static final String CHECKLIST_INTRO = "So that no client is left without notice, referrals or a crisis plan:";

    public static final String FLAGS = "Flags";
    public static final String RECOMMENDATION = "Recommendation";
    public static final String SCORES = "Scores";
    public static final String ALSO_CONSIDER = "Also consider";
    public static final String ENDING_WELL = "Ending well";
    public static final String YOUR_NOTES = "Your notes";
    public static final String WHY = "Why";
    public static final String NEXT_STEPS = "Next steps";
    public static final String KIND = "Kind";
    public static final String SCORE = "Score";
    public static final String VALUE = "Value";
    public static final String BAND = "Band";
    public static final String ANSWERED = "Answered";
    public static final String BAND_RANGE = "Band range";
    public static final String SCORES_IN_NUMBERS = "Scores in numbers";
    public static final String NOT_ENOUGH_ANSWERS = "not enough answers";

    // written out: a formatter's month names load the locale data, about 10 ms of a start that prints a report
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December");

    private ReportWording() {}

    /** "taken 22 November 2026, 21:39": the time as it was written down, in the words of the report. */
    public static String taken(String timestamp) {
        return "taken " + date(timestamp);
    }

    /** A date or date-time (ISO 8601) written for people; anything else is kept as written. */
    public static String date(String timestamp) {
        return TakenAt.parse(timestamp).map(ReportWording::date).orElse(timestamp);
    }

    private static String date(Temporal when) {
        if (when instanceof OffsetDateTime offset) {
            return dayAndTime(offset.toLocalDateTime());
        }
        return when instanceof LocalDateTime local ? dayAndTime(local) : day((LocalDate) when);
    }

    /** "22 November 2026" */
    private static String day(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS.get(date.getMonthValue() - 1) + " " + year(date.getYear());
    }

    /** Four digits at least, as ISO 8601 writes years: -0005, 0999, 2026, +10000. */
    private static String year(int year) {
        String digits = padded(Math.abs(year), 4);
        return year < 0 ? "-" + digits : year > 9999 ? "+" + digits : digits;
    }

    /** "22 November 2026, 21:39" */
    private static String dayAndTime(LocalDateTime time) {
        return day(time.toLocalDate()) + ", " + padded(time.getHour(), 2) + ":" + padded(time.getMinute(), 2);
    }

    private static String padded(int number, int digits) {
        String text = Integer.toString(number);
        return "0".repeat(Math.max(0, digits - text.length())) + text;
    }

    /** A plain sentence for one fact a rule read, such as: Empathy and regard is 1.2 (strained: 0.0 to 1.4). */
    public static String fact(Reason reason) {
        String subject = reason.subject();
        // no Optional chain: a batch words every reason of every file
        String value = reason.value().orElse(null);
        return switch (reason.kind()) {
            case ANSWER -> value == null ? "you did not answer \u201c" + subject + "\u201d"
                    : "you answered \u201c" + value + "\u201d to \u201c" + subject + "\u201d";
            case DECLINED -> "you preferred not to answer \u201c" + subject + "\u201d";
            case SCORE -> value == null ? subject + " has no score (not enough answers)"
                    : subject + " is " + value + (reason.detail().isEmpty() ? "" : " (" + reason.detail() + ")");
            case FLAG -> "the " + reason.detail() + " flag \u201c" + (subject.endsWith(".") ? subject.substring(0, subject.length() - 1) : subject) + "\u201d was "
                    + (value != null ? "raised" : "not raised");
        };
    }

    /** "Because you answered “Yes” to “…”, and Empathy is 1.2 (strained: 0.0 to 1.4)." from the facts' sentences, or empty. */
    public static String because(List<String> parts) {
        if (parts.isEmpty()) {
            return "";
        }
        String joined = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + ", and " + parts.get(parts.size() - 1);
        return "Because " + joined + (endsSentence(joined) ? "" : ".");
    }

    /** Whether the text ends a sentence, perhaps inside a closing quote: ...to “Can you see a link?” */
    private static boolean endsSentence(String text) {
        int last = text.length() - 1;
        if (last > 0 && (text.charAt(last) == '\u201d' || text.charAt(last) == '"')) {
            last--;
        }
        return last >= 0 && ".?!".indexOf(text.charAt(last)) >= 0;
    }

    /**
     * Why a recommendation applies: its own reasons, then the facts its rule read. Up to two facts read well
     * in one "Because …" sentence; more are easier to read as a list under "Because:" ({@code facts}).
     */
    public record Why(List<String> points, List<String> facts) {
        public Why {
            points = List.copyOf(points);
            facts = List.copyOf(facts);
        }
    }

    public static Why why(Recommendation recommendation, List<String> facts) {
        List<String> points = new ArrayList<>(recommendation.reasons());
        if (facts.size() > 2) {
            points.add("Because:");
            return new Why(points, facts.stream().map(ReportWording::capitalised).toList());
        }
        String because = because(facts);
        if (!because.isEmpty()) {
            points.add(because);
        }
        return new Why(points, List.of());
    }

    static String capitalised(String sentence) {
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    static final String NOT_ANSWERED = "Not answered";

    /** The same when the question was declined: declining was the person's choice, so it is not pressed. */
    static String declined(Severity severity) {
        return "A question this " + severityWord(severity).toLowerCase(java.util.Locale.ROOT) + " flag needs was one you preferred not to "
                + "answer, so attune cannot tell whether it applies. That is your choice; please take what it asks about to supervision "
                + "or consultation.";
    }

    /** What a flag that could not be decided says instead of its own message, which assumes it fired. */
    static String notAnswered(Severity severity) {
        return "A question this " + severityWord(severity).toLowerCase(java.util.Locale.ROOT) + " flag needs was not answered, so attune "
                + "cannot tell whether it applies. An unanswered question is not a no: answer it, or take it to supervision or consultation.";
    }

    public static String severityWord(Severity severity) {
        return switch (severity) {
            case URGENT -> "Urgent";
            case CAUTION -> "Caution";
            case INFO -> "Note";
        };
    }

    /** The kind in plain words, as a therapist would say it. */
    public static String kindWord(RecommendationKind kind) {
        return switch (kind) {
            case CONTINUE -> "continue";
            case CONSULT -> "consultation";
            case OWN_THERAPY -> "your own therapy";
            case COACHING -> "coaching";
            case REFER -> "referral";
            case MEDICAL_CHECK -> "medical check";
            case END_WELL -> "ending well";
            case SAFETY_FIRST -> "safety first";
        };
    }

    /** A number as reports print it: the score's own decimals for values, no trailing zeros for range ends. */
    public static String number(BigDecimal value) {
        return value.toPlainString();
    }

    static String end(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** "3.2 of 4", "3.2" without a known range, or "not enough answers". */
    public static String value(ScoreResult score) {
        return score.value().map(v -> number(v) + score.score().range().map(r -> " of " + end(r.high())).orElse(""))
                .orElse(NOT_ENOUGH_ANSWERS);
    }

    /** "3 of 5", and "(prorated)" when the value stands for the items not answered too. */
    public static String answered(ScoreResult score) {
        return score.answered() + " of " + score.of() + (score.isProrated() ? " (prorated)" : "");
    }

    static final String NOT_ENOUGH_TITLE = "Not enough answers for a recommendation";
    /** The id and kind reports, group summaries and exports give "not enough answers for a recommendation". */
    public static final String NOT_ENOUGH_KEY = "not-enough-answers";
    static final List<String> NOT_ENOUGH_STEPS = List.of(
            "Answer the questions left open, then look at the report again ('attune resume' continues a saved session).",
            "Or talk it through with a supervisor or colleague; the scores below that have a value can help.");
    /** When answers were declined, completing them is offered, never pressed. */
    static final List<String> NOT_ENOUGH_STEPS_DECLINED = List.of(
            "Declining a question is your choice. If you want a recommendation, answer the questions you declined or left open "
                    + "(take the check again, or edit the answers file), then look at the report again.",
            "Or talk it through with a supervisor or colleague; the scores below that have a value can help.");

    /** "Severity has 7 of 9 answers (you preferred not to answer 2); it needs 8." */
    static String notEnoughFor(ScoreResult score) {
        return score.score().title() + " has " + score.answered() + " of " + score.of() + " answers" + declinedPart(score, " (", ")")
                + "; it needs " + score.score().minAnswered() + ".";
    }

    /** "you preferred not to answer 2", between {@code before} and {@code after}; empty when none was declined. */
    private static String declinedPart(ScoreResult score, String before, String after) {
        return score.declined() == 0 ? "" : before + "you preferred not to answer " + score.declined() + after;
    }

    /** "Prorated from 8 of 9 answers.", or "Prorated from 8 of 9 answers; you preferred not to answer 1." */
    static String prorated(ScoreResult score) {
        return "Prorated from " + score.answered() + " of " + score.of() + " answers" + declinedPart(score, "; ", "") + ".";
    }

    /** "not enough answers (3 of 5 answered; 4 needed)". */
    public static String missing(ScoreResult score) {
        return NOT_ENOUGH_ANSWERS + " (" + answered(score) + " answered" + (score.declined() > 0 ? ", " + score.declined() + " declined" : "")
                + "; " + score.score().minAnswered() + " needed)";
    }

    /** "0.0 to 1.4". */
    public static String span(BigDecimal low, BigDecimal high) {
        return number(low) + " to " + number(high);
    }

    /** What a score's chart shows, for people who cannot see it: its value, its band and its scale. */
    public static String chartLabel(ScoreResult score) {
        String scale = score.score().range().map(r -> " on a scale from " + end(r.low()) + " to " + end(r.high())).orElse("");
        String band = score.band().map(b -> ", in the band \u201c" + b.label() + "\u201d (" + span(b.min(), b.max()) + ")").orElse("");
        return score.score().title() + ": " + score.value().map(ReportWording::number).orElse(NOT_ENOUGH_ANSWERS) + scale + band + ".";
    }

    /** "Severity: urgent" as a screen reader says it; the flag's shape and colour say the same to the eye. */
    public static String severityLabel(Severity severity) {
        return severityWord(severity) + " flag";
    }

    /** The HTML page's title: what it is, then which tool made it. */
    public static String pageTitle(String questionnaireTitle) {
        return questionnaireTitle + " \u2014 attune report";
    }

    /** The wording of 'attune explain': how a questionnaire is scored. */
    static final class Explain {
        static final String SCALES = "SCALES";
        static final String ASKED_ONLY_WHEN = "ASKED ONLY WHEN";
        static final String PREFER_NOT = "PREFER NOT TO ANSWER";
        static final String PREFER_NOT_MEANS = "These questions offer \u201cprefer not to answer\u201d. A declined answer is recorded as "
                + "declined and counts as missing: for scores (by each score's rule for missing items) and for flags.";
        static final String EVERY_QUESTION = " (every question)";

        static String everyQuestionBut(List<String> ids) {
            return " (every question but " + String.join(", ", ids) + ")";
        }
        static final String SCORES = "SCORES";
        static final String FLAGS = "FLAGS";
        static final String RECOMMENDATIONS = "RECOMMENDATIONS";
        static final String CHECKLIST = "ENDING-WELL CHECKLIST";
        static final String CHECKLIST_WHEN = "Shown when the recommendation, or another that also matches, is refer, end-well or coaching:";
        static final String RANKING = "A flag that forces a recommendation wins (the most severe flag first, then the higher "
                + "priority); otherwise the highest priority that matches (ties: the one written first); with no match, the default.";
        static final String APPLIES_OTHERWISE = "Applies when no other recommendation matches.";
        static final String ITEMS = "Items: ";
        static final String SAYS = "Says: ";
        static final String WHEN = "when ";
        static final String DEFAULT = "default";
        static final String PRIORITY = "priority ";
        static final String VALUE_OF = "the value of ";
        static final String BAND_OF = "the band of ";
        static final String SCALE = "scale ";
        static final String YES_OR_NO = "'yes' or 'no'";

        private Explain() {}

        static String size(int questions, int sections, int minutes) {
            return questions + " questions in " + sections + " sections, about " + minutes + " minutes.";
        }

        static String method(org.attune.definition.Score score) {
            boolean sum = score.method() == org.attune.definition.ScoreMethod.SUM;
            int items = score.itemIds().size();
            return (sum ? "Sum" : "Mean") + " of " + items + (items == 1 ? " item" : " items (weighted where marked)") + "; "
                    + missingData(score) + "; "
                    + rounding(score) + ".";
        }

        /** How much may be missing, and how missing items count. */
        private static String missingData(org.attune.definition.Score score) {
            int items = score.itemIds().size();
            if (score.minAnswered() >= items) {
                return "every item must be answered, else there is no score";
            }
            String enough = "at least " + score.minAnswered() + " must be answered (at most " + (items - score.minAnswered())
                    + " missing), else there is no score";
            if (score.missing() instanceof org.attune.definition.MissingItems.Fill fill) {
                return enough + "; a missing item counts as " + fill.value().toPlainString();
            }
            return enough + (score.method() == org.attune.definition.ScoreMethod.SUM ? "; missing items are prorated"
                    : "; the mean of the answered items stands for all");
        }

        private static String rounding(org.attune.definition.Score score) {
            String places = score.decimals() + (score.decimals() == 1 ? " decimal" : " decimals");
            return switch (score.rounding()) {
                case HALF_UP -> "rounded to " + places;
                case NONE -> "not rounded";
                default -> "rounded to " + places + ", " + score.rounding().words();
            };
        }

        /** What a history can say about a change in this score. */
        static String change(org.attune.definition.ChangeCriteria change) {
            String better = change.better().map(b -> " " + HistoryWords.betterWord(b) + ".").orElse("");
            String cutoff = change.cutoff().map(c -> " Clinical cut-off: " + c.toPlainString() + ".").orElse("");
            return org.attune.history.ReliableChange.of(change)
                    .map(rc -> "Change between two results is reliable from " + HistoryWords.points(rc.smallestReliableChange())
                            + " (Jacobson & Truax: reliability " + change.reliability().get().toPlainString() + ", sd "
                            + change.sd().get().toPlainString() + ").")
                    .orElse("No reliability and sd declared: a history cannot tell a real change in this score from noise.") + better + cutoff;
        }

        static String ifUnanswered(org.attune.definition.IfUnanswered rule) {
            return "If a question it reads is unanswered and could have raised it: "
                    + (rule == org.attune.definition.IfUnanswered.RAISE ? "raised anyway." : "shown as not answered.");
        }

        static final String FLAG_RULES_OUT = "When it fires, the report leaves out ";
        static final String RECOMMENDATION_RULES_OUT = "When it is the recommendation, the report leaves out ";

        static String ifFlagged(String title) {
            return "When a caution or urgent flag fired, it reads: " + title;
        }

        static String tie(org.attune.definition.Tie tie) {
            return "Ties with the others of '" + tie.group() + "' as " + tie.name() + "; when several match, the report says: "
                    + tie.reason();
        }

        /** "every consultation recommendation, 'end-well'". */
        static String rulesOut(org.attune.definition.RulesOut rulesOut) {
            java.util.List<String> parts = new java.util.ArrayList<>();
            rulesOut.kinds().forEach(k -> parts.add("every " + kindWord(k) + " recommendation"));
            rulesOut.recommendations().forEach(id -> parts.add("'" + id + "'"));
            return String.join(", ", parts) + ".";
        }

        /** "q3 (reversed, weight 2)". */
        static String item(String id, boolean reversed, BigDecimal weight) {
            String marks = (reversed ? ", reversed" : "") + (weight.compareTo(BigDecimal.ONE) != 0 ? ", weight " + weight.toPlainString() : "");
            return id + (marks.isEmpty() ? "" : " (" + marks.substring(2) + ")");
        }

        static String forces(String recommendation) {
            return "(forces " + recommendation + ")";
        }

        static String answerTo(String question) {
            return "the answer to \u201c" + question + "\u201d";
        }

        static String flagFired(String id) {
            return "whether flag " + id + " fired";
        }
    }

    /** The words of a history of results. */
    static final class HistoryWords {
        static final String RESULTS = "Results, oldest first";
        static final String CHANGE = "Change over time";
        static final String NUMBER = "#";
        static final String TAKEN = "Taken";
        static final String UNKNOWN_DATE = "date unknown";
        static final String NO_PSEUDONYM = "Without a pseudonym";
        static final String NO_VALUE_YET = "No result has a value for this score yet (not enough answers).";
        static final String NOTE = "Scores are compared as the questionnaire defines them now. Results are about the same person only "
                + "when they carry the same pseudonym; results about different people are shown apart, never compared.";
        static final String NOISE = "attune cannot tell a real change in these scores from noise: the questionnaire declares no "
                + "reliability for them, so a small rise or fall may mean nothing.";

        private HistoryWords() {}

        static String pageTitle(String questionnaireTitle) {
            return questionnaireTitle + " \u2014 attune history";
        }

        static String cutoffLabel(BigDecimal cutoff) {
            return "cut-off " + end(cutoff);
        }

        /** "attune cannot tell a real change in Self-care and Where you work from noise: ...". */
        static String noiseIn(List<String> titles) {
            String named = titles.size() == 1 ? titles.get(0)
                    : String.join(", ", titles.subList(0, titles.size() - 1)) + " and " + titles.get(titles.size() - 1);
            return "attune cannot tell a real change in " + named + " from noise: the questionnaire declares no reliability for "
                    + (titles.size() == 1 ? "it" : "them") + ", so a small rise or fall may mean nothing.";
        }

        static final String NOT_ANSWERED = "not answered";
        static final String PRIVATE = "(private, not shown)";
        static final String CHANGED_ANSWERS = "Changed answers";

        /** "-6 (no reliable change)", or "+2" for a score without reliable change. */
        static String changeText(HistoryDocument.ChangeNote change) {
            return (change.difference().signum() == 0 ? "no change" : change.differenceText())
                    + change.verdictWords().map(v -> " (" + v + ")").orElse("");
        }

        static String differentPeople(java.util.Optional<String> first, java.util.Optional<String> second) {
            return "These results are about different people (" + first.orElse("no pseudonym") + " and " + second.orElse("no pseudonym")
                    + "): their differences say nothing about change in either.";
        }

        static String sameAnswers(long count, int all) {
            return count == all ? "Every answer is the same." : count == 0 ? "" : count + (count == 1 ? " other answer is" : " other answers are") + " the same.";
        }

        static String comparing(int first, int second) {
            return "result " + first + " and result " + second;
        }

        static String about(String respondent) {
            return "About " + respondent;
        }

        /** "3 results, 1 March 2026 to 22 November 2026". */
        static String span(int results, String first, String last) {
            return results == 1 ? "1 result, " + first : results + " results, " + first + " to " + last;
        }

        /** "9.30 points". */
        static String points(BigDecimal value) {
            return org.attune.history.ReliableChange.twoDecimals(value).toPlainString() + " points";
        }

        static String reliableFrom(BigDecimal smallest) {
            return "A change of " + points(smallest) + " or more is reliable (Jacobson & Truax 1991); a smaller one may be "
                    + "measurement noise.";
        }

        static String betterWord(org.attune.definition.ChangeCriteria.Better better) {
            return better == org.attune.definition.ChangeCriteria.Better.HIGHER ? "Higher is better" : "Lower is better";
        }

        static String verdict(org.attune.history.ReliableChange.Verdict verdict) {
            return switch (verdict) {
                case RELIABLE_IMPROVEMENT -> "reliable improvement";
                case RELIABLE_DETERIORATION -> "reliable deterioration";
                case NO_RELIABLE_CHANGE -> "no reliable change";
            };
        }

        /** The verdict as data: "reliable-improvement". */
        static String verdictCode(org.attune.history.ReliableChange.Verdict verdict) {
            return verdict(verdict).replace(' ', '-');
        }

        /** "+3", "-0.4" or "0". */
        static String signed(BigDecimal difference) {
            return (difference.signum() > 0 ? "+" : "") + difference.toPlainString();
        }

        /** "The latest result, #4, has no value (not enough answers). From #3: " */
        static String latestWithoutValue(int latest, int from) {
            return "The latest result, #" + latest + ", has no value (not enough answers). From #" + from + ": ";
        }

        /** "Latest 3.0 (mixed): +0.6 since the previous result (no reliable change), +1.4 since the first." */
        static String latest(HistoryDocument.Entry latest, boolean previousIsFirst, java.util.Optional<BigDecimal> cutoff,
                java.util.Optional<org.attune.definition.ChangeCriteria.Better> better) {
            String value = "Latest " + latest.valueText() + latest.band().map(b -> " (" + b + ")").orElse("");
            List<String> changes = new ArrayList<>();
            latest.fromPrevious().ifPresent(c -> changes.add(change(c) + " since the previous result"
                    + c.verdictWords().map(v -> " (" + v + ")").orElse("")));
            latest.fromFirst().filter(c -> !previousIsFirst)
                    .ifPresent(c -> changes.add(change(c) + " since the first" + c.verdictWords().map(v -> " (" + v + ")").orElse("")));
            String sentence = value + (changes.isEmpty() ? "; no earlier value to compare with." : ": " + String.join(", ", changes) + ".");
            String cut = cutoff.map(c -> " " + (latest.value().orElseThrow().compareTo(c) > 0 ? "Above" : latest.value().orElseThrow().compareTo(c) < 0
                    ? "Below" : "At") + " the clinical cut-off of " + c.toPlainString() + ".").orElse("");
            return sentence + cut + better.map(b -> " " + betterWord(b) + ".").orElse("");
        }

        private static String change(HistoryDocument.ChangeNote c) {
            return c.difference().signum() == 0 ? "no change" : c.differenceText();
        }

        /** "From one result to the next: reliable improvement at #4 (-12), reliable deterioration at #6 (+10)." */
        static String steps(List<HistoryDocument.Entry> reliable) {
            if (reliable.isEmpty()) {
                return "From one result to the next: no reliable change.";
            }
            return "From one result to the next: " + String.join(", ", reliable.stream().map(e -> e.fromPrevious().orElseThrow().verdictWords()
                    .orElseThrow() + " at #" + e.number() + " (" + e.fromPrevious().orElseThrow().differenceText() + ")").toList()) + ".";
        }

        /** What a history chart shows, for people who cannot see it. */
        static String chartLabel(String title, List<HistoryDocument.Entry> entries) {
            return title + " over " + entries.size() + (entries.size() == 1 ? " result: " : " results: ")
                    + String.join(", ", entries.stream().map(e -> e.value().map(ReportWording::number).orElse("no value")).toList());
        }
    }

    /** The wording of 'attune group': a supervision group's answers summarised, counts only, never who. */
    static final class Group {
        static final String DISCLAIMER = "This summary is a reflective aid for the group's work, not an assessment of anyone in it. It "
                + "shows counts, never who answered what; please do not try to work out who gave an answer. Bring hard calls, and "
                + "anything about safety, to supervision or consultation.";
        static final String OVERVIEW = "The group";
        static final String FLAGS = "Flags raised";
        static final String RECOMMENDATIONS = "Recommendations";
        static final String RECOMMENDATIONS_INTRO = "The kind of recommendation each member's report leads with:";
        static final String SCORES = "Scores";
        static final String ITEMS = "Answers";
        static final String FEWER_THAN_THREE = "fewer than 3";
        static final String NOT_ENOUGH_FOR_A_RECOMMENDATION = "not enough answers for a recommendation";
        static final String SMALL_COUNTS_HIDDEN = "Counts of 1 or 2 are shown as \u201cfewer than 3\u201d, so that no one can be recognised.";
        static final String SMALL_COUNTS_SHOWN = "Small counts are shown as they are (--show-small-counts): before sharing this "
                + "summary, check that no one can be recognised from it.";
        static final String TOO_FEW = "Fewer than 3 members answered, too few to summarise without pointing at someone.";
        static final String URGENT_REMINDER = "At least one member raised an urgent flag. A group summary never shows who, and "
                + "should not be used to find out: an individual safety concern needs a private conversation. Tell the whole "
                + "group, in the same words for everyone, how to reach you privately and where to find crisis help, and make "
                + "time for it today. Consult today if you are unsure what to do next.";
        static final String MEAN = "Mean";
        static final String MEDIAN = "Median";
        static final String RANGE = "Range";
        static final String SD = "SD";
        static final String MEMBERS = "Members";
        static final String OPTION = "Answer";
        static final String KIND = "Kind";
        static final String RAISED_BY = "Raised by";
        static final String SEVERITY = "Severity";
        static final String FLAG = "Flag";

        private Group() {}

        /** "group summary of 8 members", after the questionnaire's id and version. */
        static String about(int members) {
            return "group summary of " + members + " members";
        }

        static String members(int members) {
            return members + " members answered.";
        }

        /** "Fewer than 3 answered version 1.0.0; this is version 1.2.0, so items may have changed." */
        static String otherVersion(String count, String version, String current) {
            return capitalised(count) + (count.equals("1") ? " member" : " members") + " answered version " + version + "; this is version "
                    + current + ", so items may have changed.";
        }

        /** "3", "fewer than 3" or "0". */
        static String count(org.attune.group.Count count) {
            return count instanceof org.attune.group.Count.Exact exact ? Integer.toString(exact.members()) : FEWER_THAN_THREE;
        }

        /** "raised by 3 members", "raised by fewer than 3 members", "raised by no one". */
        static String raised(org.attune.group.Count count) {
            return count.isNonZero() ? "raised by " + count(count) + members(count) : "raised by no one";
        }

        /** "could not be decided for fewer than 3 members (a question it reads was not answered)". */
        static String undecided(org.attune.group.Count count) {
            return "could not be decided for " + count(count) + members(count) + " (a question it reads was not answered)";
        }

        private static String members(org.attune.group.Count count) {
            return count instanceof org.attune.group.Count.Exact e && e.members() == 1 ? " member" : " members";
        }

        /** "7 of 8 members have a value" or "7 of 8 members answered". */
        static String withValue(org.attune.group.Count with, int of) {
            return count(with) + " of " + of + " members have a value";
        }

        static String answered(org.attune.group.Count answered, int of) {
            return count(answered) + " of " + of + " members answered";
        }

        /** "mean 2.4 · median 2.5 · range 1.7 to 3 · SD 0.41". */
        static String statistics(BigDecimal mean, BigDecimal median, BigDecimal min, BigDecimal max, BigDecimal sd, String separator) {
            return "mean " + end(mean) + separator + "median " + end(median) + separator + "range " + end(min) + " to " + end(max) + separator
                    + "SD " + end(sd);
        }

        /** A kind in words, capitalised for a list: "Consultation". */
        static String kind(RecommendationKind kind) {
            return capitalised(kindWord(kind));
        }

        static String chartLabel(String title, String mean) {
            return title + ": the group's mean is " + mean;
        }

        /** What a bar chart of counts shows, for people who cannot see it. */
        static String countsLabel(String title, List<String> parts) {
            return title + ": " + String.join("; ", parts) + ".";
        }
    }
}
