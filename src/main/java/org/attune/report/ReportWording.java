package org.attune.report;

import java.util.List;
import org.attune.definition.Severity;
import org.attune.scoring.MatchedRecommendation;
import org.attune.scoring.Reason;

/** Sentences every report format shares, so the formats never say different things. */
public final class ReportWording {
    public static final String DISCLAIMER = "This report is a reflective aid, not a diagnosis. It cannot know your client or your "
            + "situation as you do. Bring hard calls, and anything about safety, to supervision or consultation.";
    public static final String FORCED = "This comes first because of the urgent flag above; it overrides every other result.";
    public static final String CHECKLIST_INTRO = "So that no client is left without notice, referrals or a crisis plan:";

    private ReportWording() {}

    /** "Because you answered “Yes” to “…”, and Empathy is 1.2 (strained: 0.0 to 1.4)." or empty. */
    public static String because(List<Reason> reasons) {
        if (reasons.isEmpty()) {
            return "";
        }
        List<String> parts = reasons.stream().map(Reason::sentence).toList();
        String joined = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + ", and " + parts.get(parts.size() - 1);
        // a quoted question already ends the sentence: ...to “Can you see a link?”
        boolean ended = joined.matches("(?s).*[.?!][\u201d\"]?$");
        return "Because " + joined + (ended ? "" : ".");
    }

    /**
     * Why a recommendation applies: its own reasons, then the facts its rule read. Up to two facts read well
     * in one "Because …" sentence; more are easier to read as a list under "Because:" ({@code facts}).
     */
    public record Why(List<String> points, List<String> facts) {}

    public static Why why(MatchedRecommendation matched) {
        List<String> points = new java.util.ArrayList<>(matched.recommendation().reasons());
        List<Reason> reasons = matched.reasons();
        if (reasons.size() > 2) {
            points.add("Because:");
            return new Why(points, reasons.stream().map(r -> capitalised(r.sentence())).toList());
        }
        String because = because(reasons);
        if (!because.isEmpty()) {
            points.add(because);
        }
        return new Why(points, List.of());
    }

    private static String capitalised(String sentence) {
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    public static String severityWord(Severity severity) {
        return switch (severity) {
            case URGENT -> "Urgent";
            case CAUTION -> "Caution";
            case INFO -> "Note";
        };
    }

    /** The kind in plain words, as a therapist would say it. */
    public static String kindWord(org.attune.definition.RecommendationKind kind) {
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
}
