package org.attune.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.attune.report.ReportDocument.Advice;
import org.attune.report.ReportDocument.FlagNote;
import org.attune.report.ReportDocument.ScoreLine;
import org.attune.text.Whitespace;

/**
 * The guidance report as one self-contained HTML page: inline CSS and SVG, no scripts, nothing fetched from
 * elsewhere. Reads on a phone and a desktop, in light, dark and high-contrast modes, and prints cleanly (each
 * section after the recommendation on a new page, no chart or flag cut in half, the disclaimer last).
 */
public final class HtmlReport implements ReportRenderer {
    /** The stylesheet, kept as its own file so it can be reviewed and tested as CSS. */
    static final String STYLESHEET = stylesheet();

    @Override
    public String render(ReportDocument document) {
        return new Writer().write(document);
    }

    private static final class Writer implements ReportDocument.Layout {
        private final HtmlWriter html = new HtmlWriter();

        String write(ReportDocument doc) {
            var about = doc.about();
            head(html, ReportWording.pageTitle(about.title()));
            html.open("main");
            html.open("header");
            html.element("h1", about.title());
            List<String> details = new ArrayList<>();
            details.add(HtmlWriter.escape(about.questionnaireId() + " " + about.version()));
            about.takenAt().ifPresent(iso -> details.add("<time" + HtmlWriter.attributes("datetime", iso) + ">"
                    + HtmlWriter.escape(about.taken().orElse(iso)) + "</time>"));
            if (about.takenAt().isEmpty()) {
                about.taken().ifPresent(words -> details.add(HtmlWriter.escape(words)));
            }
            about.respondent().ifPresent(r -> details.add(HtmlWriter.escape(r)));
            html.markup("p", String.join(" \u00b7 ", details), "class", "about");
            html.close("header");
            doc.sections().forEach(section -> section.layOut(this));
            html.open("footer", "class", "disclaimer");
            html.element("p", doc.disclaimer());
            html.close("footer");
            html.close("main");
            html.line("</body>");
            html.line("</html>");
            return html.toString();
        }

        /** A section with its heading; sections after the recommendation start a new printed page. */
        private void section(String id, String heading, boolean newPage) {
            html.open("section", "id", id, "class", newPage ? id + " new-page" : id, "aria-labelledby", id + "-heading");
            html.element("h2", heading, "id", id + "-heading");
        }

        @Override
        public void flags(ReportDocument.Flags section) {
            section("flags", section.heading(), false);
            for (FlagNote flag : section.flags()) {
                String severity = switch (flag.severity()) {
                    case URGENT -> "urgent";
                    case CAUTION -> "caution";
                    case INFO -> "note";
                };
                html.open("div", "class", "flag " + severity + (flag.fired() ? "" : " not-answered"), "role", "note", "aria-label",
                        flag.fired() ? ReportWording.severityLabel(flag.severity()) : flag.severityWord());
                html.line(FlagIcon.svg(flag.severity()));
                html.open("div");
                html.markup("p", "<strong class=\"severity\">" + HtmlWriter.escape(flag.severityWord()) + "</strong> "
                        + HtmlWriter.escape(Whitespace.collapsed(flag.message())));
                if (!flag.because().isEmpty()) {
                    html.element("p", flag.because(), "class", "because");
                }
                html.close("div");
                html.close("div");
            }
            html.close("section");
        }

        @Override
        public void recommendation(ReportDocument.Chosen section) {
            section("recommendation", section.heading(), false);
            advice(section.advice(), true);
            html.close("section");
        }

        @Override
        public void alsoConsider(ReportDocument.AlsoConsider section) {
            section("also-consider", section.heading(), true);
            section.advice().forEach(a -> advice(a, false));
            html.close("section");
        }

        private void advice(Advice advice, boolean chosen) {
            html.open("article", "class", chosen ? "advice chosen" : "advice");
            html.markup("h3", HtmlWriter.escape(advice.title())
                    + (advice.kindWord().isEmpty() ? "" : " <span class=\"kind\">(" + HtmlWriter.escape(advice.kindWord()) + ")</span>"));
            advice.forcedNote().ifPresent(note -> html.element("p", note, "class", "forced"));
            ReportWording.Why why = advice.why();
            if (!why.points().isEmpty()) {
                html.element("h4", ReportWording.WHY);
                html.open("ul");
                for (int i = 0; i < why.points().size(); i++) {
                    boolean last = i == why.points().size() - 1;
                    if (last && !why.facts().isEmpty()) {
                        html.open("li");
                        html.element("span", why.points().get(i));
                        html.open("ul");
                        why.facts().forEach(f -> html.element("li", f));
                        html.close("ul");
                        html.close("li");
                    } else {
                        html.element("li", Whitespace.collapsed(why.points().get(i)));
                    }
                }
                html.close("ul");
            }
            if (!advice.nextSteps().isEmpty()) {
                html.element("h4", ReportWording.NEXT_STEPS);
                html.open(chosen ? "ol" : "ul");
                advice.nextSteps().forEach(step -> html.element("li", Whitespace.collapsed(step)));
                html.close(chosen ? "ol" : "ul");
            }
            html.close("article");
        }

        @Override
        public void scores(ReportDocument.Scores section) {
            section("scores", section.heading(), true);
            for (ScoreLine score : section.scores()) {
                html.open("figure", "class", "score");
                String band = score.band().map(b -> " <span class=\"band\">" + HtmlWriter.escape(b.label()) + "</span>").orElse("");
                html.markup("figcaption", "<strong>" + HtmlWriter.escape(score.title()) + "</strong> <span class=\"value\">"
                        + HtmlWriter.escape(score.value().isPresent() ? score.valueText() : score.missing()) + "</span>" + band);
                ScoreChart.svg(score).ifPresent(svg -> svg.lines().forEach(html::line));
                score.band().filter(b -> !b.meaning().isEmpty()).ifPresent(b -> html.element("p", Whitespace.collapsed(b.meaning()), "class", "meaning"));
                score.prorated().ifPresent(p -> html.element("p", p, "class", "answered"));
                html.close("figure");
            }
            html.open("div", "class", "table");
            html.open("table");
            html.element("caption", ReportWording.SCORES_IN_NUMBERS);
            html.open("thead");
            html.markup("tr", HtmlWriter.headerCell(ReportWording.SCORE) + HtmlWriter.headerCell(ReportWording.VALUE) + HtmlWriter.headerCell(ReportWording.BAND)
                    + HtmlWriter.headerCell(ReportWording.BAND_RANGE) + HtmlWriter.headerCell(ReportWording.ANSWERED));
            html.close("thead");
            html.open("tbody");
            for (ScoreLine s : section.scores()) {
                html.markup("tr", "<th scope=\"row\">" + HtmlWriter.escape(s.title()) + "</th>"
                        + HtmlWriter.cell(s.valueText(), "number") + HtmlWriter.cell(s.band().map(b -> b.label()).orElse(""), "")
                        + HtmlWriter.cell(s.band().map(b -> b.span()).orElse(""), "number span") + HtmlWriter.cell(s.answeredText(), "number"));
            }
            html.close("tbody");
            html.close("table");
            html.close("div");
            html.close("section");
        }


        @Override
        public void checklist(ReportDocument.Checklist section) {
            section("ending-well", section.heading(), true);
            html.element("p", section.intro());
            html.open("ul", "class", "checklist");
            section.steps().forEach(step -> html.markup("li", "<label><input type=\"checkbox\"> " + HtmlWriter.escape(Whitespace.collapsed(step)) + "</label>"));
            html.close("ul");
            html.close("section");
        }

        @Override
        public void notes(ReportDocument.Notes section) {
            section("notes", section.heading(), true);
            for (ReportDocument.Note note : section.notes()) {
                html.element("h3", Whitespace.collapsed(note.question()));
                html.open("blockquote");
                html.element("p", note.answer());
                html.close("blockquote");
            }
            html.close("section");
        }

        @Override
        public void groupOverview(ReportDocument.GroupOverview section) {
            section("group", section.heading(), false);
            section.paragraphs().forEach(p -> html.element("p", p));
            html.close("section");
        }

        @Override
        public void groupFlags(ReportDocument.GroupFlags section) {
            section("flags", section.heading(), false);
            section.reminder().ifPresent(r -> {
                html.open("div", "class", "flag urgent", "role", "note", "aria-label", ReportWording.severityLabel(org.attune.definition.Severity.URGENT));
                html.line(FlagIcon.svg(org.attune.definition.Severity.URGENT));
                html.open("div");
                html.element("p", r);
                html.close("div");
                html.close("div");
            });
            html.open("div", "class", "table");
            html.open("table");
            html.open("thead");
            html.markup("tr", HtmlWriter.headerCell(ReportWording.Group.SEVERITY) + HtmlWriter.headerCell(ReportWording.Group.FLAG) + HtmlWriter.headerCell(ReportWording.Group.RAISED_BY));
            html.close("thead");
            html.open("tbody");
            for (ReportDocument.GroupFlag flag : section.flags()) {
                html.markup("tr", HtmlWriter.cell(flag.severityWord(), "") + HtmlWriter.cell(Whitespace.collapsed(flag.message()), "") + HtmlWriter.cell(flag.raisedText(), ""));
            }
            html.close("tbody");
            html.close("table");
            html.close("div");
            html.close("section");
        }

        @Override
        public void groupRecommendations(ReportDocument.GroupRecommendations section) {
            section("recommendations", section.heading(), false);
            html.element("p", section.intro());
            counts(section.heading(), section.kinds(), ReportWording.Group.KIND);
            html.close("section");
        }

        @Override
        public void groupScores(ReportDocument.GroupScores section) {
            section("scores", section.heading(), true);
            for (ReportDocument.GroupScore score : section.scores()) {
                html.open("figure", "class", "score");
                html.markup("figcaption", "<strong>" + HtmlWriter.escape(score.title()) + "</strong> <span class=\"answered\">"
                        + HtmlWriter.escape(score.answeredText()) + "</span>");
                score.tooFew().ifPresent(t -> html.element("p", t));
                score.statistics().ifPresent(s -> html.element("p", s.text(), "class", "statistics"));
                score.meanOnScale().flatMap(ScoreChart::svg).ifPresent(svg -> svg.lines().forEach(html::line));
                if (!score.bands().isEmpty()) {
                    counts(score.title(), score.bands(), ReportWording.BAND);
                }
                html.close("figure");
            }
            html.close("section");
        }

        @Override
        public void groupItems(ReportDocument.GroupItems section) {
            section("answers", section.heading(), true);
            for (ReportDocument.GroupItem item : section.items()) {
                html.open("figure", "class", "item");
                html.markup("figcaption", "<strong>" + HtmlWriter.escape(Whitespace.collapsed(item.question())) + "</strong> <span class=\"answered\">"
                        + HtmlWriter.escape(item.answeredText()) + "</span>");
                item.tooFew().ifPresent(t -> html.element("p", t));
                item.numbers().ifPresent(s -> html.element("p", s.text(), "class", "statistics"));
                if (!item.options().isEmpty()) {
                    counts(Whitespace.collapsed(item.question()), item.options(), ReportWording.Group.OPTION);
                }
                html.close("figure");
            }
            html.close("section");
        }

        /** Counts as bars for the eye, and the same counts as a table for screen readers and print. */
        private void counts(String title, List<ReportDocument.Tally> tallies, String labelHeading) {
            String label = ReportWording.Group.countsLabel(title, tallies.stream().map(t -> CountChart.label(t) + ": " + t.countText()).toList());
            CountChart.svg(label, tallies).ifPresent(svg -> svg.lines().forEach(html::line));
            html.open("div", "class", "table");
            html.open("table");
            html.open("thead");
            html.markup("tr", HtmlWriter.headerCell(labelHeading) + HtmlWriter.headerCell(ReportWording.Group.MEMBERS));
            html.close("thead");
            html.open("tbody");
            tallies.forEach(t -> html.markup("tr", "<th scope=\"row\">" + HtmlWriter.escape(CountChart.label(t)) + "</th>" + HtmlWriter.cell(t.countText(), "number")));
            html.close("tbody");
            html.close("table");
            html.close("div");
        }
    }

    /** The page up to its body: no scripts, nothing fetched, the stylesheet inline. */
    static void head(HtmlWriter html, String title) {
        html.line("<!DOCTYPE html>");
        html.line("<html lang=\"en\">");
        html.line("<head>");
        html.line("<meta charset=\"utf-8\">");
        html.line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.line("<meta name=\"color-scheme\" content=\"light dark\">");
        // the browser itself refuses scripts and anything from outside the file, whatever the text says
        html.line("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
        html.element("title", title);
        html.line("<style>");
        html.verbatim(STYLESHEET);
        html.line("</style>");
        html.line("</head>");
        html.line("<body>");
    }

    private static String stylesheet() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
