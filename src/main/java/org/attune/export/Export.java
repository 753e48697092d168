package org.attune.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.attune.answers.Answers;
import org.attune.answers.Visibility;
import org.attune.definition.Questionnaire;
import org.attune.scoring.GuidanceEngine;

/**
 * A group's answers as data: one row per answers file, the same columns in CSV and JSON Lines, and a codebook
 * that says what each column holds. Private free text never appears.
 */
public final class Export {
    static final List<String> CODEBOOK_HEADER = List.of("Variable / Field Name", "Form Name", "Field Type", "Field Label",
            "Choices, Calculations, OR Slider Labels", "Field Note", "Text Validation Min", "Text Validation Max");
    private static final JsonFactory JSON = new JsonFactory();

    private final Layout layout;
    private final Questionnaire questionnaire;

    public Export(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
        this.layout = Layout.of(questionnaire);
    }

    public List<Column> columns() {
        return layout.columns();
    }

    private List<Cell> cells(Answers answers) {
        Visibility.Shown shown = Visibility.of(questionnaire, answers);
        return layout.cells(new Row.Source(answers, shown.answers(), GuidanceEngine.evaluate(shown)));
    }

    /** A header line and one line per answers file. */
    public String csv(List<Answers> rows) {
        StringBuilder out = new StringBuilder();
        Csv.row(out, columns().stream().map(Column::name).toList());
        for (Answers answers : rows) {
            Csv.row(out, cells(answers).stream().map(Csv::cell).toList());
        }
        return out.toString();
    }

    /** One JSON object per answers file and line, keyed by the column names; numbers as numbers, empty cells as null. */
    public String jsonLines(List<Answers> rows) {
        StringBuilder out = new StringBuilder();
        List<Column> columns = columns();
        for (Answers answers : rows) {
            StringWriter line = new StringWriter();
            try (JsonGenerator json = JSON.createGenerator(line)) {
                json.writeStartObject();
                List<Cell> cells = cells(answers);
                for (int i = 0; i < columns.size(); i++) {
                    json.writeFieldName(columns.get(i).name());
                    Cell cell = cells.get(i);
                    if (cell instanceof Cell.Number number) {
                        json.writeNumber(number.value());
                    } else if (cell instanceof Cell.Text text) {
                        json.writeString(text.value());
                    } else {
                        json.writeNull();
                    }
                }
                json.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    /** Each column's name, section, type, question or title, choices, meaning and valid range, as CSV. */
    public String codebook() {
        StringBuilder out = new StringBuilder();
        Csv.row(out, CODEBOOK_HEADER);
        for (Column c : columns()) {
            Csv.row(out, List.of(c.name(), c.form(), c.type(), c.label(), c.choices(), c.note(), c.min(), c.max()));
        }
        return out.toString();
    }

}
