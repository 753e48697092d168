package org.attune.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attune.definition.Severity;
import org.attune.report.ReportDocument.Advice;
import org.attune.report.ReportDocument.FlagNote;
import org.attune.report.ReportDocument.ScoreLine;
import org.attune.text.TextWrap;

/** The guidance report for a terminal or a plain text file. */
public final class TextReport implements ReportRenderer {
    private static final int BAR_CELLS = 20;
    private final TextStyle style;

    public TextReport(TextStyle style) {
        this.style = style;
    }

    @Override
    public String render(ReportDocument document) {
        return new Writer(style).write(document);
    }

    /** One report's lines; a new one for every render, so a renderer can be reused. */
    private static final class Writer implements ReportDocument.Layout {
        private final TextStyle style;
        private final TextCanvas out;

        Writer(TextStyle style) {
            this.style = style;
            this.out = new TextCanvas(style);
        }

        String write(ReportDocument doc) {
            var about = doc.about();
            out.line(style.bold(about.title()));
            List<String> line = new ArrayList<>();
            line.add(about.questionnaireId() + " " + about.version());
            about.taken().ifPresent(line::add);
            about.respondent().ifPresent(line::add);
            out.line(style.dim(String.join(style.unicode() ? " \u00b7 " : " - ", line)));
            doc.sections().forEach(section -> section.layOut(this));
            out.blank();
            out.line(style.rule(Math.min(style.width(), 40)));
            out.paragraph(doc.disclaimer(), "");
            return out.toString();
        }

        private void heading(String text) {
            out.blank();
            out.heading(text.toUpperCase(Locale.ROOT));
        }

        @Override
        public void flags(ReportDocument.Flags section) {
            List<FlagNote> flags = section.flags();
            for (FlagNote flag : flags) {
                if (isBoxed(flag)) {
                    out.blank();
                    boxed(flag);
                }
            }
            int width = Math.max(9, 2 + flags.stream().filter(f -> !isBoxed(f)).mapToInt(f -> f.severityWord().length()).max().orElse(0));
            boolean first = true;
            for (FlagNote flag : flags) {
                if (isBoxed(flag)) {
                    continue;
                }
                if (first) {
                    out.blank();
                    first = false;
                }
                String label = String.format("%-" + width + "s", flag.severityWord().toUpperCase(Locale.ROOT));
                List<String> lines = TextWrap.wrap(flag.message(), style.width() - width);
                String colored = flag.severity() == Severity.CAUTION || !flag.fired() ? style.yellow(label) : style.bold(label);
                out.line(colored + lines.get(0));
                lines.subList(1, lines.size()).forEach(l -> out.line(" ".repeat(width) + l));
                if (!flag.because().isEmpty()) {
                    TextWrap.wrap(flag.because(), style.width() - width).forEach(l -> out.line(" ".repeat(width) + style.dim(l)));
                }
            }
        }

        /** Only an urgent flag that fired is boxed; one that could not be decided is listed. */
        private static boolean isBoxed(FlagNote flag) {
            return flag.fired() && flag.severity() == Severity.URGENT;
        }

        private void boxed(FlagNote flag) {
            boxed(flag.severityWord(), flag.because().isEmpty() ? List.of(flag.message()) : List.of(flag.message(), flag.because()));
        }

        /** Paragraphs in a red box with a title in its top edge. */
        private void boxed(String heading, List<String> paragraphs) {
            String[] box = style.box();
            int inner = style.width() - 4;
            String title = " " + heading.toUpperCase(Locale.ROOT) + " ";
            out.line(style.red(box[0] + box[4] + title + box[4].repeat(Math.max(0, style.width() - 3 - title.length())) + box[1]));
            List<String> lines = new ArrayList<>();
            paragraphs.forEach(p -> lines.addAll(TextWrap.wrap(p, inner)));
            for (String l : lines) {
                out.line(style.red(box[5]) + " " + l + " ".repeat(Math.max(0, inner - l.length())) + " " + style.red(box[5]));
            }
            out.line(style.red(box[2] + box[4].repeat(style.width() - 2) + box[3]));
        }

        @Override
        public void recommendation(ReportDocument.Chosen chosen) {
            heading(chosen.heading());
            Advice advice = chosen.advice();
            titled(advice, "");
            advice.forcedNote().ifPresent(note -> out.paragraph(note, "  "));
            why(advice, "  ");
            if (!advice.nextSteps().isEmpty()) {
                out.line("  " + style.bold(ReportWording.NEXT_STEPS));
                int n = 1;
                for (String step : advice.nextSteps()) {
                    out.hanging(n++ + ". ", step, "  ");
                }
            }
        }

        /** The title in bold with its kind after it, wrapped to the width. */
        private void titled(Advice advice, String indent) {
            // a no-break space keeps "(own therapy)" on one line; the canvas prints it as a plain space
            String kind = advice.kindWord().isEmpty() ? "" : "(" + advice.kindWord().replace(' ', '\u00a0') + ")";
            List<String> lines = TextWrap.wrap(kind.isEmpty() ? advice.title() : advice.title() + "  " + kind, style.width() - indent.length());
            for (String l : lines) {
                boolean last = !kind.isEmpty() && l == lines.get(lines.size() - 1) && l.endsWith(kind);
                out.line(indent + (last ? style.bold(l.substring(0, l.length() - kind.length())) + style.dim(kind) : style.bold(l)));
            }
        }

        private void why(Advice advice, String indent) {
            ReportWording.Why why = advice.why();
            if (!why.points().isEmpty()) {
                out.line(indent + style.bold(ReportWording.WHY));
                why.points().forEach(w -> out.hanging(style.bullet() + " ", w, indent));
                why.facts().forEach(f -> out.hanging("- ", f, indent + "  "));
            }
        }

        @Override
        public void scores(ReportDocument.Scores section) {
            heading(section.heading());
            List<ScoreLine> scores = section.scores();
            int titleWidth = Math.min(30, scores.stream().mapToInt(s -> s.title().length()).max().orElse(10));
            for (ScoreLine score : scores) {
                String title = pad(score.title(), titleWidth);
                if (score.value().isEmpty()) {
                    List<String> lines = TextWrap.wrap(score.missing(), style.width() - title.length() - 4);
                    for (int i = 0; i < lines.size(); i++) { // a long one (several counts) wraps under itself
                        out.line((i == 0 ? "  " + title + "  " : " ".repeat(title.length() + 4)) + style.dim(lines.get(i)));
                    }
                    continue;
                }
                String bar = score.range().map(r -> style.bar(filled(score.value().get(), r.low(), r.high()), BAR_CELLS) + "  ").orElse("");
                out.line("  " + title + "  " + bar + score.valueText() + score.band().map(b -> "  " + style.bold(b.label())).orElse(""));
                score.prorated().ifPresent(p -> out.line("    " + style.dim(p)));
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

        @Override
        public void alsoConsider(ReportDocument.AlsoConsider section) {
            heading(section.heading());
            for (Advice other : section.advice()) {
                titled(other, "  ");
                why(other, "    ");
                if (!other.nextSteps().isEmpty()) {
                    out.line("    " + style.bold(ReportWording.NEXT_STEPS));
                    other.nextSteps().forEach(s -> out.hanging(style.bullet() + " ", s, "    "));
                }
            }
        }

        @Override
        public void checklist(ReportDocument.Checklist section) {
            heading(section.heading());
            out.paragraph(section.intro(), "  ");
            section.steps().forEach(step -> out.hanging(style.checkbox() + " ", step, "  "));
        }

        @Override
        public void notes(ReportDocument.Notes section) {
            heading(section.heading());
            for (ReportDocument.Note note : section.notes()) {
                out.paragraph(note.question(), "  ");
                out.paragraph(note.answer(), "    ");
            }
        }

        @Override
        public void groupOverview(ReportDocument.GroupOverview section) {
            heading(section.heading());
            section.paragraphs().forEach(p -> out.paragraph(p, "  "));
        }

        @Override
        public void groupFlags(ReportDocument.GroupFlags section) {
            heading(section.heading());
            section.reminder().ifPresent(r -> boxed(ReportWording.severityWord(Severity.URGENT), List.of(r)));
            int width = 2 + section.flags().stream().mapToInt(f -> f.severityWord().length()).max().orElse(0);
            for (ReportDocument.GroupFlag flag : section.flags()) {
                String label = String.format("%-" + width + "s", flag.severityWord().toUpperCase(Locale.ROOT));
                List<String> lines = TextWrap.wrap(flag.message(), style.width() - width - 2);
                String shown = flag.raised().members().orElse(1) == 0 ? style.dim(label) : flag.severity() == Severity.CAUTION ? style.yellow(label)
                        : style.bold(label);
                out.line("  " + shown + lines.get(0));
                lines.subList(1, lines.size()).forEach(l -> out.line("  " + " ".repeat(width) + l));
                TextWrap.wrap(flag.raisedText(), style.width() - width - 2).forEach(l -> out.line("  " + " ".repeat(width) + style.dim(l)));
            }
        }

        @Override
        public void groupRecommendations(ReportDocument.GroupRecommendations section) {
            heading(section.heading());
            out.paragraph(section.intro(), "  ");
            tallies(section.kinds(), "    ");
        }

        @Override
        public void groupScores(ReportDocument.GroupScores section) {
            heading(section.heading());
            for (ReportDocument.GroupScore score : section.scores()) {
                out.line("  " + style.bold(score.title()) + "  " + style.dim(score.answeredText()));
                score.tooFew().ifPresent(t -> out.paragraph(t, "    "));
                score.statistics().ifPresent(s -> out.paragraph(s.text(), "    "));
                tallies(score.bands(), "    ");
            }
        }

        @Override
        public void groupItems(ReportDocument.GroupItems section) {
            heading(section.heading());
            for (ReportDocument.GroupItem item : section.items()) {
                out.blank();
                TextWrap.wrap(item.question(), style.width() - 2).forEach(l -> out.line("  " + style.bold(l)));
                out.line("  " + style.dim(item.answeredText()));
                item.tooFew().ifPresent(t -> out.paragraph(t, "    "));
                item.numbers().ifPresent(s -> out.paragraph(s.text(), "    "));
                tallies(item.options(), "    ");
            }
        }

        /** Counts as a small bar chart: a bar per count, as a share of its total; a hidden count gets no bar, only its words. */
        private void tallies(List<ReportDocument.Tally> tallies, String indent) {
            int labelWidth = Math.min(36, tallies.stream().mapToInt(t -> label(t).length()).max().orElse(0));
            for (ReportDocument.Tally t : tallies) {
                String bar = t.of() <= 0 ? "" : t.members().isPresent()
                        ? style.bar((int) Math.round(t.members().getAsInt() * (double) BAR_CELLS / t.of()), BAR_CELLS) + "  "
                        : " ".repeat(BAR_CELLS + 2);
                List<String> label = TextWrap.wrap(label(t), labelWidth);
                label.subList(0, label.size() - 1).forEach(l -> out.line(indent + l));
                out.line(indent + pad(label.get(label.size() - 1), labelWidth) + "  " + bar + t.countText());
            }
        }

        private static String label(ReportDocument.Tally tally) {
            return tally.detail().isEmpty() ? tally.label() : tally.label() + " (" + tally.detail() + ")";
        }

        private static String pad(String text, int width) {
            return text.length() >= width ? text : text + " ".repeat(width - text.length());
        }
    }
}
