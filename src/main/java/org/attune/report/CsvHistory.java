package org.attune.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.attune.report.HistoryDocument.ChangeNote;
import org.attune.report.HistoryDocument.Entry;
import org.attune.report.HistoryDocument.Person;
import org.attune.report.HistoryDocument.Series;

/**
 * A history as CSV (RFC 4180), one row per result and score, for a spreadsheet or a script. A gap has an
 * empty value, never 0. Text that a spreadsheet would run as a formula (starting with = + - @) gets a leading '.
 */
public final class CsvHistory implements HistoryRenderer {
    static final List<String> COLUMNS = List.of("respondent", "number", "takenAt", "score", "value", "band", "changeFromPrevious",
            "rcFromPrevious", "verdictFromPrevious", "changeFromFirst", "rcFromFirst", "verdictFromFirst", "smallestReliableChange",
            "recommendation");

    @Override
    public String render(HistoryDocument doc) {
        StringBuilder out = new StringBuilder();
        out.append(String.join(",", COLUMNS)).append("\r\n");
        for (Person person : doc.people()) {
            for (int i = 0; i < person.results().size(); i++) {
                String recommendation = person.results().get(i).recommendation();
                for (Series s : person.series()) {
                    Entry e = s.entries().get(i);
                    Optional<ChangeNote> previous = e.fromPrevious();
                    Optional<ChangeNote> first = e.fromFirst();
                    List<String> cells = List.of(text(person.respondent().orElse("")), String.valueOf(e.number()), e.takenAt().orElse(""),
                            s.id(), number(e.value()), text(e.band().orElse("")),
                            number(previous.map(ChangeNote::difference)), number(previous.flatMap(ChangeNote::index)),
                            previous.flatMap(ChangeNote::verdict).orElse(""),
                            number(first.map(ChangeNote::difference)), number(first.flatMap(ChangeNote::index)),
                            first.flatMap(ChangeNote::verdict).orElse(""), number(s.smallestReliableChange()), text(recommendation));
                    out.append(String.join(",", cells.stream().map(CsvHistory::quoted).toList())).append("\r\n");
                }
            }
        }
        return out.toString();
    }

    private static String number(Optional<BigDecimal> value) {
        return value.map(BigDecimal::toPlainString).orElse("");
    }

    private static String text(String value) {
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String quoted(String cell) {
        return cell.matches("(?s).*[\",\r\n].*") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
