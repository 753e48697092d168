package org.attune.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.attune.scoring.FlagResult;
import org.attune.scoring.FreeTextAnswer;
import org.attune.scoring.Guidance;
import org.attune.scoring.MatchedRecommendation;
import org.attune.scoring.Reason;
import org.attune.scoring.ScoreResult;

/**
 * The guidance report as JSON, shaped by schema/report-v1.schema.json. Keys come in a fixed order;
 * {@code reportVersion} changes only when the shape changes incompatibly.
 */
public final class JsonReport {
    public static final int VERSION = 1;
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonReport() {}

    /** Pretty-printed, for one report. */
    public static String render(Guidance g) {
        return write(g, true);
    }

    /** On one line, for JSON Lines output of many reports. */
    public static String renderLine(Guidance g) {
        return write(g, false);
    }

    private static String write(Guidance g, boolean pretty) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = pretty ? FACTORY.createGenerator(text).useDefaultPrettyPrinter() : FACTORY.createGenerator(text)) {
            json.writeStartObject();
            json.writeNumberField("reportVersion", VERSION);
            json.writeObjectFieldStart("questionnaire");
            json.writeStringField("id", g.questionnaire().id());
            json.writeStringField("version", g.questionnaire().header().version());
            json.writeStringField("title", g.questionnaire().header().title());
            json.writeStringField("sha256", g.questionnaire().sha256());
            json.writeEndObject();
            optional(json, "takenAt", g.takenAt());
            optional(json, "respondent", g.respondent());
            json.writeArrayFieldStart("flags");
            for (FlagResult flag : g.flags()) {
                json.writeStartObject();
                json.writeStringField("id", flag.flag().id());
                json.writeStringField("severity", flag.flag().severity().yamlName());
                json.writeStringField("message", flag.flag().message());
                optional(json, "recommend", flag.flag().recommend());
                reasons(json, flag.reasons());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeFieldName("recommendation");
            recommendation(json, g.recommendation());
            json.writeArrayFieldStart("scores");
            for (ScoreResult s : g.scores()) {
                json.writeStartObject();
                json.writeStringField("id", s.score().id());
                json.writeStringField("title", s.score().title());
                if (s.value().isPresent()) {
                    json.writeNumberField("value", s.value().get());
                } else {
                    json.writeNullField("value");
                }
                optional(json, "band", s.band().map(b -> b.label()));
                optional(json, "bandMeaning", s.band().map(b -> b.meaning()).filter(m -> !m.isEmpty()));
                json.writeNumberField("answered", s.answered());
                json.writeNumberField("of", s.of());
                json.writeNumberField("minAnswered", s.score().minAnswered());
                if (s.score().range().isPresent()) {
                    json.writeNumberField("min", s.score().range().get().low());
                    json.writeNumberField("max", s.score().range().get().high());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("alsoMatched");
            for (MatchedRecommendation other : g.alsoMatched()) {
                recommendation(json, other);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("freeText");
            for (FreeTextAnswer note : g.freeText()) {
                json.writeStartObject();
                json.writeStringField("item", note.itemId());
                json.writeStringField("question", note.question());
                json.writeStringField("answer", note.answer());
                json.writeEndObject();
            }
            json.writeEndArray();
            strings(json, "endingChecklist", g.endingChecklist());
            json.writeStringField("disclaimer", ReportWording.DISCLAIMER);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    private static void recommendation(JsonGenerator json, MatchedRecommendation matched) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", matched.recommendation().id());
        json.writeStringField("kind", matched.recommendation().kind().yamlName());
        json.writeStringField("title", matched.recommendation().title());
        json.writeNumberField("priority", matched.recommendation().priority());
        optional(json, "forcedBy", matched.forcedBy().map(f -> f.id()));
        strings(json, "why", matched.recommendation().reasons());
        reasons(json, matched.reasons());
        strings(json, "nextSteps", matched.recommendation().nextSteps());
        json.writeEndObject();
    }

    private static void reasons(JsonGenerator json, List<Reason> reasons) throws IOException {
        json.writeArrayFieldStart("reasons");
        for (Reason reason : reasons) {
            json.writeStartObject();
            json.writeStringField("name", reason.name());
            optional(json, "value", reason.value());
            json.writeStringField("text", reason.sentence());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static void optional(JsonGenerator json, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(name, value.get());
        } else {
            json.writeNullField(name);
        }
    }
}
