package org.attune.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.attune.definition.Band;
import org.attune.definition.Flag;
import org.attune.definition.Item;
import org.attune.definition.Questionnaire;
import org.attune.definition.ResponseOption;
import org.attune.definition.Score;
import org.attune.definition.Section;

/**
 * The columns of an export for one questionnaire, in a fixed order: who and when, every item that takes an answer
 * and is not private (a value and its option key; a 0/1 column per option of a multiple choice), every score and
 * its band, every flag, and the recommendation. Names are unique: a clash gets a number after it.
 */
final class Layout {
    static final String NOT_ASKED = "Empty when the item was not asked or not answered.";

    private final List<Column> columns = new ArrayList<>();
    private final List<Function<Row.Source, Cell>> cells = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    static Layout of(Questionnaire q) {
        Layout layout = new Layout();
        layout.add(new Column("takenAt", "", "text", "When the questionnaire was answered", "", "ISO 8601 date or date-time, as written in the answers file.", "", ""),
                Row::takenAt);
        layout.add(new Column("respondent", "", "text", "Respondent label", "", "The label the member gave, if any (never a client's name).", "", ""),
                Row::respondent);
        layout.add(new Column("version", "", "text", "Questionnaire version answered", "", "This codebook is for version " + q.header().version() + ".", "", ""),
                Row::version);
        layout.add(new Column("declined", "", "text", "Questions the person preferred not to answer", "",
                "Their item ids, separated by ';'; their own columns are empty, as for a question not answered.", "", ""), Row::declined);
        for (Section section : q.sections()) {
            for (Item item : section.items()) {
                layout.item(section, item);
            }
        }
        for (Score score : q.scores()) {
            String range = score.range().map(r -> r.low().stripTrailingZeros().toPlainString()).orElse("");
            String high = score.range().map(r -> r.high().stripTrailingZeros().toPlainString()).orElse("");
            layout.add(new Column("score_" + score.id(), "scores", "number", score.title(), "", "The score (" + score.method().toString().toLowerCase(java.util.Locale.ROOT)
                    + " of " + String.join(", ", score.itemIds()) + "); empty when too few of its items were answered.", range, high),
                    s -> Row.score(s, score));
            layout.add(new Column("band_" + score.id(), "scores", "text", score.title() + ": band", bands(score), "The band the score falls in.", "", ""),
                    s -> Row.band(s, score));
        }
        for (Flag flag : q.flags()) {
            layout.add(new Column("flag_" + flag.id(), "flags", "0/1", flag.message(), "1, raised | 0, not raised",
                    "Severity " + flag.severity().yamlName() + ". Empty when it could not be decided because a question it reads was not answered.", "0", "1"),
                    s -> Row.flag(s, flag));
        }
        String ids = q.recommendations().stream().map(r -> r.id() + ", " + r.title()).collect(Collectors.joining(" | "))
                + " | " + org.attune.report.ReportWording.NOT_ENOUGH_KEY + ", not enough answers for a recommendation";
        layout.add(new Column("recommendation", "recommendation", "text", "The recommendation the report leads with", ids,
                "Its id; not-enough-answers when scores lacked answers and no rule could match.", "", ""), Row::recommendation);
        String kinds = q.recommendations().stream().map(r -> r.kind().yamlName()).distinct().collect(Collectors.joining(" | "))
                + " | " + org.attune.report.ReportWording.NOT_ENOUGH_KEY;
        layout.add(new Column("recommendation_kind", "recommendation", "text", "Its kind", kinds, "The kind of that recommendation.", "", ""),
                Row::recommendationKind);
        return layout;
    }

    private void item(Section section, Item item) {
        if (!item.isQuestion() || item instanceof Item.FreeText text && text.isPrivate()) {
            return;
        }
        String form = section.id();
        if (item instanceof Item.SingleChoice) {
            add(new Column(item.id(), form, "number", item.text(), choices(item.options(), true), "The value of the option picked"
                    + (item.common().reverse() ? " (as given: scores count it in reverse). " : ". ") + NOT_ASKED,
                    min(item.options()), max(item.options())), s -> Row.value(s, item));
            add(new Column(item.id() + "_key", form, "text", item.text(), choices(item.options(), false), "The option picked, by its key. " + NOT_ASKED, "", ""),
                    s -> Row.key(s, item));
        } else if (item instanceof Item.MultipleChoice) {
            add(new Column(item.id() + "_key", form, "text", item.text(), choices(item.options(), false),
                    "The options ticked, by their keys, separated by ';'. " + NOT_ASKED, "", ""), s -> Row.key(s, item));
            for (ResponseOption option : item.options()) {
                add(new Column(item.id() + "___" + option.name().replaceAll("[^A-Za-z0-9_]", "_"), form, "0/1", item.text() + ": " + option.label(),
                        "1, ticked | 0, not ticked", "Whether '" + option.label() + "' was ticked. " + NOT_ASKED, "0", "1"), s -> Row.ticked(s, item, option));
            }
        } else if (item instanceof Item.YesNo) {
            add(new Column(item.id(), form, "0/1", item.text(), "1, Yes | 0, No", "1 for yes, 0 for no. " + NOT_ASKED, "0", "1"), s -> Row.value(s, item));
            add(new Column(item.id() + "_key", form, "text", item.text(), "yes, Yes | no, No", "The answer as a word. " + NOT_ASKED, "", ""),
                    s -> Row.key(s, item));
        } else if (item instanceof Item.NumberItem number) {
            add(new Column(item.id(), form, "number", item.text(), "", "The number given. " + NOT_ASKED,
                    number.min().map(v -> v.toPlainString()).orElse(""), number.max().map(v -> v.toPlainString()).orElse("")), s -> Row.value(s, item));
        } else {
            add(new Column(item.id(), form, "text", item.text(), "", "The text written. " + NOT_ASKED, "", ""), s -> Row.text(s, item));
        }
    }

    private void add(Column column, Function<Row.Source, Cell> cell) {
        String name = column.name();
        for (int n = 2; !names.add(name); n++) {
            name = column.name() + "_" + n;
        }
        columns.add(new Column(name, column.form(), column.type(), column.label(), column.choices(), column.note(), column.min(), column.max()));
        cells.add(cell);
    }

    private static String choices(List<ResponseOption> options, boolean byValue) {
        return options.stream().map(o -> (byValue ? o.value().toPlainString() : o.name()) + ", " + o.label()).collect(Collectors.joining(" | "));
    }

    private static String min(List<ResponseOption> options) {
        return options.stream().map(ResponseOption::value).min(java.math.BigDecimal::compareTo).map(v -> v.toPlainString()).orElse("");
    }

    private static String max(List<ResponseOption> options) {
        return options.stream().map(ResponseOption::value).max(java.math.BigDecimal::compareTo).map(v -> v.toPlainString()).orElse("");
    }

    private static String bands(Score score) {
        return score.bands().stream().map(Band::label).collect(Collectors.joining(" | "));
    }

    List<Column> columns() {
        return List.copyOf(columns);
    }

    List<Cell> cells(Row.Source source) {
        return cells.stream().map(c -> c.apply(source)).toList();
    }
}
