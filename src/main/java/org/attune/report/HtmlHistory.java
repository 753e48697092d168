package org.attune.report;

import org.attune.report.HistoryDocument.Person;
import org.attune.report.HistoryDocument.Row;
import org.attune.report.HistoryDocument.Series;
import org.attune.report.ReportWording.HistoryWords;
import org.attune.text.Whitespace;

/** A history as one self-contained HTML page, styled as the report is: a line chart per score, then the results in a table. */
public final class HtmlHistory implements HistoryRenderer {

    @Override
    public String render(HistoryDocument doc) {
        HtmlWriter html = new HtmlWriter();
        HtmlReport.head(html, HistoryWords.pageTitle(doc.title()));
        html.open("main");
        html.open("header");
        html.element("h1", doc.title());
        html.element("p", doc.questionnaireId() + " " + doc.version(), "class", "about");
        html.close("header");
        int n = 0;
        for (Person person : doc.people()) {
            n++;
            html.open("section", "id", "person-" + n, "aria-labelledby", "person-" + n + "-heading");
            html.element("h2", person.heading().isEmpty() ? HistoryWords.CHANGE : person.heading(), "id", "person-" + n + "-heading");
            html.element("p", person.span(), "class", "about");
            for (Series s : person.series()) {
                html.open("figure", "class", "score");
                html.markup("figcaption", "<strong>" + HtmlWriter.escape(s.title()) + "</strong>");
                HistoryChart.svg(s).ifPresent(svg -> svg.lines().forEach(html::line));
                html.element("p", Whitespace.collapsed(s.latest()), "class", "meaning");
                s.steps().ifPresent(steps -> html.element("p", steps, "class", "meaning"));
                s.changeNote().ifPresent(note -> html.element("p", note, "class", "because"));
                html.close("figure");
            }
            person.noise().ifPresent(note -> html.element("p", note, "class", "because"));
            table(html, person);
            html.close("section");
        }
        html.open("footer", "class", "disclaimer");
        html.element("p", doc.note());
        html.element("p", doc.disclaimer());
        html.close("footer");
        html.close("main");
        html.line("</body>");
        html.line("</html>");
        return html.toString();
    }

    private static void table(HtmlWriter html, Person person) {
        html.open("div", "class", "table");
        html.open("table");
        html.element("caption", HistoryWords.RESULTS);
        html.open("thead");
        StringBuilder head = new StringBuilder(HtmlWriter.headerCell(HistoryWords.NUMBER) + HtmlWriter.headerCell(HistoryWords.TAKEN));
        person.series().forEach(s -> head.append(HtmlWriter.headerCell(s.title())));
        head.append(HtmlWriter.headerCell(ReportWording.RECOMMENDATION));
        html.markup("tr", head.toString());
        html.close("thead");
        html.open("tbody");
        for (int i = 0; i < person.results().size(); i++) {
            Row row = person.results().get(i);
            StringBuilder cells = new StringBuilder("<th scope=\"row\">" + row.number() + "</th>" + HtmlWriter.cell(row.taken(), ""));
            for (Series s : person.series()) {
                var e = s.entries().get(i);
                cells.append(HtmlWriter.cell(e.valueText() + e.band().map(b -> " (" + b + ")").orElse(""), "number"));
            }
            cells.append(HtmlWriter.cell(row.recommendation(), ""));
            html.markup("tr", cells.toString());
        }
        html.close("tbody");
        html.close("table");
        html.close("div");
    }

}
