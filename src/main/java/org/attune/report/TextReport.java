package org.attune.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.attune.text.TextWrap;
import org.attune.definition.Severity;
import org.attune.scoring.FlagResult;
import org.attune.scoring.FreeTextAnswer;
import org.attune.scoring.Guidance;
import org.attune.scoring.MatchedRecommendation;
import org.attune.scoring.ScoreResult;

/** The guidance report for a terminal or a plain text file. */
public final class TextReport {
    private static final int BAR_CELLS = 20;
    private final TextStyle style;
    private final TextCanvas out;

    private TextReport(TextStyle style) {
        this.style = style;
        this.out = new TextCanvas(style);
    }

    public static String render(Guidance guidance, TextStyle style) {
        return new TextReport(style).write(guidance);
    }

    private String write(Guidance g) {
        out.line(style.bold(g.questionnaire().header().title()));
        List<String> about = new ArrayList<>();
        about.add(g.questionnaire().id() + " " + g.questionnaire().header().version());
        g.takenAt().ifPresent(t -> about.add("taken " + t));
        g.respondent().ifPresent(about::add);
        out.line(style.dim(String.join(style.unicode() ? " \u00b7 " : " - ", about)));
        flags(g.flags());
        recommendation(g.recommendation());
        scores(g.scores());
        alsoMatched(g.alsoMatched());
        checklist(g.endingChecklist());
        notes(g.freeText());
        out.blank();
        out.line(style.rule(Math.min(style.width(), 40)));
        out.paragraph(ReportWording.DISCLAIMER, "");
        return out.toString();
    }

    private void flags(List<FlagResult> flags) {
        for (FlagResult flag : flags) {
            if (flag.flag().severity() == Severity.URGENT) {
                out.blank();
                boxed(flag);
            }
        }
        boolean first = true;
        for (FlagResult flag : flags) {
            if (flag.flag().severity() == Severity.URGENT) {
                continue;
            }
            if (first) {
                out.blank();
                first = false;
            }
            String word = ReportWording.severityWord(flag.flag().severity()).toUpperCase(java.util.Locale.ROOT);
            String label = String.format("%-9s", word);
            List<String> lines = TextWrap.wrap(flag.flag().message(), style.width() - 9);
            String colored = flag.flag().severity() == Severity.CAUTION ? style.yellow(label) : style.bold(label);
            out.line(colored + lines.get(0));
            lines.subList(1, lines.size()).forEach(l -> out.line(" ".repeat(9) + l));
            String because = ReportWording.because(flag.reasons());
            if (!because.isEmpty()) {
                TextWrap.wrap(because, style.width() - 9).forEach(l -> out.line(" ".repeat(9) + style.dim(l)));
            }
        }
    }

    private void boxed(FlagResult flag) {
        String[] box = style.box();
        int inner = style.width() - 4;
        String title = " URGENT ";
        out.line(style.red(box[0] + box[4] + title + box[4].repeat(Math.max(0, style.width() - 3 - title.length())) + box[1]));
        List<String> lines = new ArrayList<>(TextWrap.wrap(flag.flag().message(), inner));
        String because = ReportWording.because(flag.reasons());
        if (!because.isEmpty()) {
            lines.addAll(TextWrap.wrap(because, inner));
        }
        for (String l : lines) {
            out.line(style.red(box[5]) + " " + l + " ".repeat(Math.max(0, inner - l.length())) + " " + style.red(box[5]));
        }
        out.line(style.red(box[2] + box[4].repeat(style.width() - 2) + box[3]));
    }

    private void recommendation(MatchedRecommendation chosen) {
        out.blank();
        out.heading("RECOMMENDATION");
        titled(chosen, "");
        if (chosen.forcedBy().isPresent()) {
            out.paragraph(ReportWording.FORCED, "  ");
        }
        why(chosen, "  ");
        if (!chosen.recommendation().nextSteps().isEmpty()) {
            out.line("  " + style.bold("Next steps"));
            int n = 1;
            for (String step : chosen.recommendation().nextSteps()) {
                out.hanging(n++ + ". ", step, "  ");
            }
        }
    }

    /** The title in bold with its kind after it, wrapped to the width. */
    private void titled(MatchedRecommendation matched, String indent) {
        // a no-break space keeps "(own therapy)" on one line; the canvas prints it as a plain space
        String kind = "(" + ReportWording.kindWord(matched.recommendation().kind()).replace(' ', '\u00a0') + ")";
        List<String> lines = TextWrap.wrap(matched.recommendation().title() + "  " + kind, style.width() - indent.length());
        for (String l : lines) {
            boolean last = l == lines.get(lines.size() - 1) && l.endsWith(kind);
            out.line(indent + (last ? style.bold(l.substring(0, l.length() - kind.length())) + style.dim(kind) : style.bold(l)));
        }
    }

    private void why(MatchedRecommendation matched, String indent) {
        ReportWording.Why why = ReportWording.why(matched);
        if (!why.points().isEmpty()) {
            out.line(indent + style.bold("Why"));
            why.points().forEach(w -> out.hanging(style.bullet() + " ", w, indent));
            why.facts().forEach(f -> out.hanging("- ", f, indent + "  "));
        }
    }

    private void scores(List<ScoreResult> scores) {
        if (scores.isEmpty()) {
            return;
        }
        out.blank();
        out.heading("SCORES");
        int titleWidth = Math.min(30, scores.stream().mapToInt(s -> s.score().title().length()).max().orElse(10));
        for (ScoreResult score : scores) {
            String title = pad(score.score().title(), titleWidth);
            if (!score.hasValue()) {
                out.line("  " + title + "  " + style.dim("not enough answers (" + score.answered() + " of " + score.of()
                        + " answered; " + score.score().minAnswered() + " needed)"));
                continue;
            }
            String value = score.display() + score.score().range().map(r -> " of " + r.high().stripTrailingZeros().toPlainString()).orElse("");
            String bar = score.score().range().map(r -> style.bar(filled(score.value().get(), r.low(), r.high()), BAR_CELLS) + "  ").orElse("");
            out.line("  " + title + "  " + bar + value + score.band().map(b -> "  " + style.bold(b.label())).orElse(""));
            score.band().filter(b -> !b.meaning().isEmpty()).ifPresent(b -> out.paragraph(b.meaning(), "    "));
        }
    }

    private static int filled(BigDecimal value, BigDecimal low, BigDecimal high) {
        if (high.compareTo(low) <= 0) {
            return BAR_CELLS;
        }
        BigDecimal share = value.subtract(low).multiply(BigDecimal.valueOf(BAR_CELLS)).divide(high.subtract(low), 0, RoundingMode.HALF_UP);
        return Math.max(0, Math.min(BAR_CELLS, share.intValue()));
    }

    private void alsoMatched(List<MatchedRecommendation> others) {
        if (others.isEmpty()) {
            return;
        }
        out.blank();
        out.heading("ALSO CONSIDER");
        for (MatchedRecommendation other : others) {
            titled(other, "  ");
            why(other, "    ");
            if (!other.recommendation().nextSteps().isEmpty()) {
                out.line("    " + style.bold("Next steps"));
                other.recommendation().nextSteps().forEach(s -> out.hanging(style.bullet() + " ", s, "    "));
            }
        }
    }

    private void checklist(List<String> checklist) {
        if (checklist.isEmpty()) {
            return;
        }
        out.blank();
        out.heading("ENDING WELL");
        out.paragraph(ReportWording.CHECKLIST_INTRO, "  ");
        checklist.forEach(step -> out.hanging(style.checkbox() + " ", step, "  "));
    }

    private void notes(List<FreeTextAnswer> notes) {
        if (notes.isEmpty()) {
            return;
        }
        out.blank();
        out.heading("YOUR NOTES");
        for (FreeTextAnswer note : notes) {
            out.paragraph(note.question(), "  ");
            out.paragraph(note.answer(), "    ");
        }
    }




    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }


}
