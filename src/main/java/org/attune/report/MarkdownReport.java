package org.attune.report;

import java.util.ArrayList;
import java.util.List;
import org.attune.report.ReportDocument.Advice;
import org.attune.report.ReportDocument.FlagNote;
import org.attune.report.ReportDocument.ScoreLine;
import org.attune.text.Whitespace;

/** The guidance report as Markdown that renders cleanly on a Git forge. */
public final class MarkdownReport implements ReportRenderer {

    @Override
    public String render(ReportDocument document) {
        return new Writer().write(document);
    }

    private static final class Writer implements ReportDocument.Layout {
        private final StringBuilder out = new StringBuilder();

        String write(ReportDocument doc) {
            var about = doc.about();
            line("# " + escape(about.title()));
            line("");
            List<String> details = new ArrayList<>();
            details.add("`" + about.questionnaireId() + "` " + about.version());
            about.taken().ifPresent(details::add);
            about.respondent().ifPresent(r -> details.add(escape(r)));
            line("*" + String.join(" · ", details) + "*");
            doc.sections().forEach(section -> section.layOut(this));
            line("");
            line("---");
            line("");
            line("*" + doc.disclaimer() + "*");
            return out.toString();
        }

        @Override
        public void flags(ReportDocument.Flags section) {
            for (FlagNote flag : section.flags()) {
                line("");
                line(!flag.fired() ? "> [!IMPORTANT]" : switch (flag.severity()) {
                    case URGENT -> "> [!CAUTION]";
                    case CAUTION -> "> [!WARNING]";
                    case INFO -> "> [!NOTE]";
                });
                line("> **" + flag.severityWord() + ":** " + escape(Whitespace.collapsed(flag.message())));
                if (!flag.because().isEmpty()) {
                    line(">");
                    line("> " + escape(flag.because()));
                }
            }
        }

        @Override
        public void recommendation(ReportDocument.Chosen section) {
            Advice advice = section.advice();
            line("");
            line("## " + section.heading() + ": " + escape(advice.title()));
            line("");
            if (!advice.kindWord().isEmpty()) {
                line(ReportWording.KIND + ": **" + advice.kindWord() + "**");
            }
            advice.forcedNote().ifPresent(note -> {
                line("");
                line(note);
            });
            body(advice, "###");
        }

        @Override
        public void alsoConsider(ReportDocument.AlsoConsider section) {
            line("");
            line("## " + section.heading());
            for (Advice other : section.advice()) {
                line("");
                line("### " + escape(other.title()) + (other.kindWord().isEmpty() ? "" : " (" + other.kindWord() + ")"));
                body(other, "####");
            }
        }

        private void body(Advice advice, String level) {
            ReportWording.Why why = advice.why();
            if (!why.points().isEmpty()) {
                line("");
                line(level + " " + ReportWording.WHY);
                line("");
                why.points().forEach(w -> line("- " + escape(Whitespace.collapsed(w))));
                why.facts().forEach(f -> line("  - " + escape(Whitespace.collapsed(f))));
            }
            if (!advice.nextSteps().isEmpty()) {
                line("");
                line(level + " " + ReportWording.NEXT_STEPS);
                line("");
                int n = 1;
                for (String step : advice.nextSteps()) {
                    line(n++ + ". " + escape(Whitespace.collapsed(step)));
                }
            }
        }

        @Override
        public void scores(ReportDocument.Scores section) {
            line("");
            line("## " + section.heading());
            line("");
            line("| " + ReportWording.SCORE + " | " + ReportWording.VALUE + " | " + ReportWording.BAND + " | " + ReportWording.ANSWERED + " |");
            line("|---|---:|---|---:|");
            for (ScoreLine s : section.scores()) {
                line("| " + cell(s.title()) + " | " + s.valueText() + " | " + s.band().map(b -> cell(b.label())).orElse("") + " | "
                        + s.answeredText() + " |");
            }
            List<ScoreLine> meanings = section.scores().stream().filter(s -> s.band().map(b -> !b.meaning().isEmpty()).orElse(false)).toList();
            if (!meanings.isEmpty()) {
                line("");
                meanings.forEach(s -> line("- **" + escape(s.title()) + " (" + escape(s.band().get().label()) + "):** "
                        + escape(Whitespace.collapsed(s.band().get().meaning())) + s.prorated().map(p -> " *" + escape(p) + "*").orElse("")));
            }
        }

        @Override
        public void checklist(ReportDocument.Checklist section) {
            line("");
            line("## " + section.heading());
            line("");
            line(section.intro());
            line("");
            section.steps().forEach(step -> line("- [ ] " + escape(step)));
        }

        @Override
        public void notes(ReportDocument.Notes section) {
            line("");
            line("## " + section.heading());
            for (ReportDocument.Note note : section.notes()) {
                line("");
                line("**" + escape(Whitespace.collapsed(note.question())) + "**");
                line("");
                note.answer().lines().forEach(l -> line("> " + escape(l)));
            }
        }

        @Override
        public void groupOverview(ReportDocument.GroupOverview section) {
            line("");
            line("## " + section.heading());
            section.paragraphs().forEach(p -> {
                line("");
                line(escape(p));
            });
        }

        @Override
        public void groupFlags(ReportDocument.GroupFlags section) {
            line("");
            line("## " + section.heading());
            section.reminder().ifPresent(r -> {
                line("");
                line("> [!CAUTION]");
                line("> **" + ReportWording.severityWord(org.attune.definition.Severity.URGENT) + ":** " + escape(r));
            });
            line("");
            for (ReportDocument.GroupFlag flag : section.flags()) {
                line("- **" + flag.severityWord() + ":** " + escape(Whitespace.collapsed(flag.message())) + " *(" + escape(flag.raisedText()) + ")*");
            }
        }

        @Override
        public void groupRecommendations(ReportDocument.GroupRecommendations section) {
            line("");
            line("## " + section.heading());
            line("");
            line(section.intro());
            tallies(ReportWording.Group.KIND, section.kinds());
        }

        @Override
        public void groupScores(ReportDocument.GroupScores section) {
            line("");
            line("## " + section.heading());
            for (ReportDocument.GroupScore score : section.scores()) {
                line("");
                line("### " + escape(score.title()));
                line("");
                line("*" + score.answeredText() + "*");
                score.tooFew().ifPresent(t -> {
                    line("");
                    line(t);
                });
                score.statistics().ifPresent(s -> {
                    line("");
                    line("| " + ReportWording.Group.MEAN + " | " + ReportWording.Group.MEDIAN + " | " + ReportWording.Group.RANGE + " | "
                            + ReportWording.Group.SD + " |");
                    line("|---:|---:|---:|---:|");
                    line("| " + ReportWording.end(s.mean()) + " | " + ReportWording.end(s.median()) + " | "
                            + ReportWording.end(s.min()) + " to " + ReportWording.end(s.max()) + " | " + ReportWording.end(s.standardDeviation()) + " |");
                });
                if (!score.bands().isEmpty()) {
                    tallies(ReportWording.BAND, score.bands());
                }
            }
        }

        @Override
        public void groupItems(ReportDocument.GroupItems section) {
            line("");
            line("## " + section.heading());
            for (ReportDocument.GroupItem item : section.items()) {
                line("");
                line("### " + escape(Whitespace.collapsed(item.question())));
                line("");
                line("*" + item.answeredText() + "*");
                item.tooFew().ifPresent(t -> {
                    line("");
                    line(t);
                });
                item.numbers().ifPresent(s -> {
                    line("");
                    line(escape(s.text()));
                });
                if (!item.options().isEmpty()) {
                    tallies(ReportWording.Group.OPTION, item.options());
                }
            }
        }

        private void tallies(String heading, List<ReportDocument.Tally> tallies) {
            line("");
            line("| " + heading + " | " + ReportWording.Group.MEMBERS + " |");
            line("|---|---:|");
            tallies.forEach(t -> line("| " + cell(CountChart.label(t)) + " | " + t.countText() + " |"));
        }

        private void line(String text) {
            out.append(text).append('\n');
        }
    }

    /** Text from questionnaires and answers must not turn into Markdown or HTML by accident. */
    static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }

    /** A table cell: on one line, escaped. */
    static String cell(String text) {
        return escape(Whitespace.collapsed(text));
    }
}
