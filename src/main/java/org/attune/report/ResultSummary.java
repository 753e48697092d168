package org.attune.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attune.definition.Severity;
import org.attune.scoring.FlagResult;
import org.attune.scoring.Guidance;
import org.attune.scoring.ScoreResult;
import org.attune.text.TextWrap;

/**
 * The few lines left in the shell after the full-screen report closes: flags, the recommendation, one
 * line per score, where the result was saved and how to see the whole report again.
 */
public final class ResultSummary {
    private ResultSummary() {}

    public static String render(Guidance g, Path savedReport, int number, int width) {
        List<String> lines = new ArrayList<>();
        List<String> about = new ArrayList<>();
        about.add(g.questionnaire().header().title());
        g.respondent().ifPresent(about::add);
        g.takenAt().map(ReportWording::date).ifPresent(about::add);
        lines.add(String.join(" \u00b7 ", about));
        // urgent and caution flags in full; notes only counted, so the summary stays on one screen
        long notes = 0;
        for (FlagResult flag : g.flags()) {
            if (flag.flag().severity() == Severity.INFO) {
                notes++;
                continue;
            }
            String word = ReportWording.severityWord(flag.flag().severity()).toUpperCase(Locale.ROOT);
            wrap(lines, String.format("%-9s", word), flag.flag().message(), width);
        }
        if (notes > 0) {
            lines.add(notes + (notes == 1 ? " note" : " notes") + " in the report.");
        }
        wrap(lines, "Recommendation: ", recommendation(g), width);
        int titleWidth = g.scores().stream().mapToInt(s -> s.score().title().length()).max().orElse(0);
        for (ScoreResult score : g.scores()) {
            String value = ReportWording.value(score) + score.band().map(b -> "  " + b.label()).orElse("");
            lines.add("  " + score.score().title() + " ".repeat(titleWidth - score.score().title().length()) + "  " + value);
        }
        lines.add("Saved in " + savedReport);
        lines.add("See the whole report again: attune results show " + number);
        return String.join("\n", lines) + "\n";
    }

    /**
     * The line above the report in the full-screen view, so the recommendation is on the first screen
     * even when many flags come before it in the report.
     */
    public static List<String> atAGlance(Guidance g, int width) {
        List<String> lines = new ArrayList<>();
        wrap(lines, "Recommendation: ", recommendation(g) + "; why and what next follow below.", width);
        return lines;
    }

    /** As the report words it: its title, and its kind unless the title says it already. */
    private static String recommendation(Guidance g) {
        ReportDocument.Advice advice = ReportDocument.of(g).section(ReportDocument.Chosen.class).orElseThrow().advice();
        return advice.title() + (advice.kindWord().isEmpty() ? "" : " (" + advice.kindWord() + ")");
    }

    private static void wrap(List<String> lines, String label, String text, int width) {
        List<String> wrapped = TextWrap.wrap(text, Math.max(20, width - label.length()));
        lines.add(label + wrapped.get(0));
        wrapped.subList(1, wrapped.size()).forEach(l -> lines.add(" ".repeat(label.length()) + l));
    }
}
