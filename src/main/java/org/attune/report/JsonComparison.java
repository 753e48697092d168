package org.attune.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.attune.report.ComparisonDocument.AnswerRow;
import org.attune.report.ComparisonDocument.Column;
import org.attune.report.ComparisonDocument.ScoreRow;

/** Two results side by side as JSON, keys in a fixed order; {@code comparisonVersion} changes only with an incompatible shape. */
public final class JsonComparison implements ComparisonRenderer {
    public static final int VERSION = 1;
    private static final JsonFactory FACTORY = new JsonFactory();

    @Override
    public String render(ComparisonDocument doc) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeNumberField("comparisonVersion", VERSION);
            JsonReport.questionnaire(json, doc.questionnaireId(), doc.version(), doc.title(), java.util.Optional.empty());
            column(json, "first", doc.first());
            column(json, "second", doc.second());
            json.writeArrayFieldStart("scores");
            for (ScoreRow s : doc.scores()) {
                json.writeStartObject();
                json.writeStringField("id", s.id());
                json.writeStringField("title", s.title());
                json.writeStringField("first", s.first());
                json.writeStringField("second", s.second());
                if (s.change().isPresent()) {
                    json.writeNumberField("difference", s.change().get().difference());
                    json.writeFieldName("rc");
                    if (s.change().get().index().isPresent()) {
                        json.writeNumber(s.change().get().index().get());
                    } else {
                        json.writeNull();
                    }
                    json.writeStringField("verdict", s.change().get().verdict().orElse(null));
                } else {
                    json.writeNullField("difference");
                    json.writeNullField("rc");
                    json.writeNullField("verdict");
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("answers");
            for (AnswerRow a : doc.answers()) {
                json.writeStartObject();
                json.writeStringField("item", a.itemId());
                json.writeStringField("first", a.first());
                json.writeStringField("second", a.second());
                json.writeBooleanField("changed", a.changed());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    private static void column(JsonGenerator json, String field, Column c) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeNumberField("number", c.number());
        json.writeStringField("takenAt", c.takenAt().orElse(null));
        json.writeStringField("respondent", c.respondent().orElse(null));
        json.writeStringField("recommendation", c.recommendation());
        json.writeEndObject();
    }
}
