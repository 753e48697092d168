package org.attune.report;

import java.util.ArrayList;
import java.util.List;
import org.attune.definition.Severity;
import org.attune.scoring.FlagResult;
import org.attune.scoring.FreeTextAnswer;
import org.attune.scoring.Guidance;
import org.attune.scoring.MatchedRecommendation;
import org.attune.scoring.ScoreResult;

/** The guidance report as Markdown that renders cleanly on a Git forge. */
public final class MarkdownReport {
    private final StringBuilder out = new StringBuilder();

    private MarkdownReport() {}

    public static String render(Guidance guidance) {
        return new MarkdownReport().write(guidance);
    }

    private String write(Guidance g) {
        line("# " + escape(g.questionnaire().header().title()));
        line("");
        List<String> about = new ArrayList<>();
        about.add("`" + g.questionnaire().id() + "` " + g.questionnaire().header().version());
        g.takenAt().ifPresent(t -> about.add("taken " + t));
        g.respondent().ifPresent(r -> about.add(escape(r)));
        line("*" + String.join(" · ", about) + "*");
        flags(g.flags());
        line("");
        line("## Recommendation: " + escape(g.recommendation().recommendation().title()));
        line("");
        line("Kind: **" + ReportWording.kindWord(g.recommendation().recommendation().kind()) + "**");
        if (g.recommendation().forcedBy().isPresent()) {
            line("");
            line(ReportWording.FORCED);
        }
        recommendationBody(g.recommendation(), "###");
        scores(g.scores());
        if (!g.alsoMatched().isEmpty()) {
            line("");
            line("## Also consider");
            for (MatchedRecommendation other : g.alsoMatched()) {
                line("");
                line("### " + escape(other.recommendation().title()) + " (" + ReportWording.kindWord(other.recommendation().kind()) + ")");
                recommendationBody(other, "####");
            }
        }
        if (!g.endingChecklist().isEmpty()) {
            line("");
            line("## Ending well");
            line("");
            line(ReportWording.CHECKLIST_INTRO);
            line("");
            g.endingChecklist().forEach(step -> line("- [ ] " + escape(step)));
        }
        notes(g.freeText());
        line("");
        line("---");
        line("");
        line("*" + ReportWording.DISCLAIMER + "*");
        return out.toString();
    }

    private void flags(List<FlagResult> flags) {
        for (FlagResult flag : flags) {
            line("");
            String because = ReportWording.because(flag.reasons());
            if (flag.flag().severity() == Severity.URGENT) {
                line("> [!CAUTION]");
                line("> **Urgent:** " + escape(oneLine(flag.flag().message())));
                if (!because.isEmpty()) {
                    line(">");
                    line("> " + escape(because));
                }
            } else {
                line((flag.flag().severity() == Severity.CAUTION ? "> [!WARNING]" : "> [!NOTE]"));
                line("> **" + ReportWording.severityWord(flag.flag().severity()) + ":** " + escape(oneLine(flag.flag().message())));
                if (!because.isEmpty()) {
                    line(">");
                    line("> " + escape(because));
                }
            }
        }
    }

    private void recommendationBody(MatchedRecommendation matched, String level) {
        ReportWording.Why why = ReportWording.why(matched);
        if (!why.points().isEmpty()) {
            line("");
            line(level + " Why");
            line("");
            why.points().forEach(w -> line("- " + escape(oneLine(w))));
            why.facts().forEach(f -> line("  - " + escape(oneLine(f))));
        }
        if (!matched.recommendation().nextSteps().isEmpty()) {
            line("");
            line(level + " Next steps");
            line("");
            int n = 1;
            for (String step : matched.recommendation().nextSteps()) {
                line(n++ + ". " + escape(oneLine(step)));
            }
        }
    }

    private void scores(List<ScoreResult> scores) {
        if (scores.isEmpty()) {
            return;
        }
        line("");
        line("## Scores");
        line("");
        line("| Score | Value | Band | Answered |");
        line("|---|---:|---|---:|");
        for (ScoreResult s : scores) {
            String value = s.hasValue()
                    ? s.display() + s.score().range().map(r -> " of " + r.high().stripTrailingZeros().toPlainString()).orElse("")
                    : "not enough answers";
            line("| " + cell(s.score().title()) + " | " + value + " | " + s.band().map(b -> cell(b.label())).orElse("") + " | "
                    + s.answered() + " of " + s.of() + " |");
        }
        List<ScoreResult> meanings = scores.stream().filter(s -> s.band().map(b -> !b.meaning().isEmpty()).orElse(false)).toList();
        if (!meanings.isEmpty()) {
            line("");
            meanings.forEach(s -> line("- **" + escape(s.score().title()) + " (" + escape(s.band().get().label()) + "):** "
                    + escape(oneLine(s.band().get().meaning()))));
        }
    }

    private void notes(List<FreeTextAnswer> notes) {
        if (notes.isEmpty()) {
            return;
        }
        line("");
        line("## Your notes");
        for (FreeTextAnswer note : notes) {
            line("");
            line("**" + escape(oneLine(note.question())) + "**");
            line("");
            note.answer().lines().forEach(l -> line("> " + escape(l)));
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** Text from questionnaires and answers must not turn into Markdown or HTML by accident. */
    static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }

    private static String cell(String text) {
        return escape(oneLine(text));
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
