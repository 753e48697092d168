package org.attune.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Optional;
import org.attune.report.HistoryDocument.ChangeNote;
import org.attune.report.HistoryDocument.Entry;
import org.attune.report.HistoryDocument.Person;
import org.attune.report.HistoryDocument.Row;
import org.attune.report.HistoryDocument.Series;

/**
 * A history as JSON, keys in a fixed order; {@code historyVersion} changes only when the shape changes
 * incompatibly. A gap is {@code "value": null}, never 0.
 */
public final class JsonHistory implements HistoryRenderer {
    public static final int VERSION = 1;
    private static final JsonFactory FACTORY = new JsonFactory();

    @Override
    public String render(HistoryDocument doc) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeNumberField("historyVersion", VERSION);
            JsonReport.questionnaire(json, doc.questionnaireId(), doc.version(), doc.title(), java.util.Optional.empty());
            json.writeArrayFieldStart("people");
            for (Person person : doc.people()) {
                person(json, person);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    private static void person(JsonGenerator json, Person person) throws IOException {
        json.writeStartObject();
        json.writeStringField("respondent", person.respondent().orElse(null));
        json.writeArrayFieldStart("results");
        for (Row row : person.results()) {
            json.writeStartObject();
            json.writeNumberField("number", row.number());
            json.writeStringField("takenAt", row.takenAt().orElse(null));
            json.writeStringField("recommendation", row.recommendation());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("scores");
        for (Series s : person.series()) {
            json.writeStartObject();
            json.writeStringField("id", s.id());
            json.writeStringField("title", s.title());
            number(json, "smallestReliableChange", s.smallestReliableChange());
            json.writeStringField("better", s.better().orElse(null));
            number(json, "cutoff", s.cutoff());
            json.writeArrayFieldStart("values");
            for (Entry e : s.entries()) {
                json.writeStartObject();
                json.writeNumberField("number", e.number());
                number(json, "value", e.value());
                json.writeStringField("band", e.band().orElse(null));
                change(json, "fromPrevious", e.fromPrevious());
                change(json, "fromFirst", e.fromFirst());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void change(JsonGenerator json, String field, Optional<ChangeNote> change) throws IOException {
        if (change.isEmpty()) {
            json.writeNullField(field);
            return;
        }
        json.writeObjectFieldStart(field);
        json.writeNumberField("difference", change.get().difference());
        number(json, "rc", change.get().index());
        json.writeStringField("verdict", change.get().verdict().orElse(null));
        json.writeEndObject();
    }

    private static void number(JsonGenerator json, String field, Optional<BigDecimal> value) throws IOException {
        if (value.isPresent()) {
            json.writeNumberField(field, value.get());
        } else {
            json.writeNullField(field);
        }
    }
}
