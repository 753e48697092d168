package org.attune.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.attune.report.ReportDocument.Advice;
import org.attune.report.ReportDocument.Fact;
import org.attune.report.ReportDocument.FlagNote;
import org.attune.report.ReportDocument.ScoreLine;

/**
 * The guidance report as JSON, shaped by schema/report-v1.schema.json. Keys come in a fixed order;
 * {@code reportVersion} changes only when the shape changes incompatibly. Times stay as written (ISO 8601).
 */
public final class JsonReport implements ReportRenderer {
    public static final int VERSION = 1;
    private static final JsonFactory FACTORY = new JsonFactory();
    private final boolean pretty;

    private JsonReport(boolean pretty) {
        this.pretty = pretty;
    }

    /** Pretty-printed, for one report. */
    public static JsonReport pretty() {
        return new JsonReport(true);
    }

    /** On one line, for JSON Lines output of many reports. */
    public static JsonReport oneLine() {
        return new JsonReport(false);
    }

    /** Pretty-printed JSON of the guidance: the form results are kept in. */
    public static String render(org.attune.scoring.Guidance guidance) {
        return pretty().render(ReportDocument.of(guidance));
    }

    @Override
    public String render(ReportDocument doc) {
        return new String(renderUtf8(doc), StandardCharsets.UTF_8);
    }

    @Override
    public byte[] renderUtf8(ReportDocument doc) {
        // Jackson's UTF-8 writer encodes as it goes: no text to encode afterwards (as ObjectMapper.writeValueAsBytes does it)
        BufferRecycler buffers = FACTORY._getBufferRecycler();
        try (ByteArrayBuilder bytes = new ByteArrayBuilder(buffers)) {
            try (JsonGenerator json = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
                if (pretty) {
                    json.useDefaultPrettyPrinter();
                }
                write(json, doc);
            }
            bytes.write('\n');
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            buffers.releaseToPool();
        }
    }

    private static void write(JsonGenerator json, ReportDocument doc) throws IOException {
        if (doc.section(ReportDocument.GroupOverview.class).isPresent()) {
            GroupJson.write(json, doc);
            return;
        }
        var about = doc.about();
        json.writeStartObject();
        json.writeNumberField("reportVersion", VERSION);
        questionnaire(json, about.questionnaireId(), about.version(), about.title(), Optional.of(about.sha256()));
        optional(json, "takenAt", about.takenAt());
        optional(json, "respondent", about.respondent());
        List<FlagNote> flags = doc.section(ReportDocument.Flags.class).map(ReportDocument.Flags::flags).orElse(List.of());
        flags(json, "flags", flags.stream().filter(FlagNote::fired).toList());
        List<FlagNote> notAnswered = flags.stream().filter(f -> !f.fired()).toList();
        if (!notAnswered.isEmpty()) {
            flags(json, "notAnswered", notAnswered);
        }
        json.writeFieldName("recommendation");
        advice(json, doc.section(ReportDocument.Chosen.class).orElseThrow().advice());
        json.writeArrayFieldStart("scores");
        for (ScoreLine s : doc.section(ReportDocument.Scores.class).map(ReportDocument.Scores::scores).orElse(List.of())) {
            score(json, s);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("alsoMatched");
        for (Advice other : doc.section(ReportDocument.AlsoConsider.class).map(ReportDocument.AlsoConsider::advice).orElse(List.of())) {
            advice(json, other);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("freeText");
        for (ReportDocument.Note note : doc.section(ReportDocument.Notes.class).map(ReportDocument.Notes::notes).orElse(List.of())) {
            json.writeStartObject();
            json.writeStringField("item", note.itemId());
            json.writeStringField("question", note.question());
            json.writeStringField("answer", note.answer());
            json.writeEndObject();
        }
        json.writeEndArray();
        strings(json, "endingChecklist", doc.section(ReportDocument.Checklist.class).map(ReportDocument.Checklist::steps).orElse(List.of()));
        json.writeStringField("disclaimer", doc.disclaimer());
        json.writeEndObject();
    }

    private static void score(JsonGenerator json, ScoreLine s) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", s.id());
        json.writeStringField("title", s.title());
        if (s.value().isPresent()) {
            json.writeNumberField("value", s.value().get());
        } else {
            json.writeNullField("value");
        }
        optional(json, "band", s.band().map(b -> b.label()));
        optional(json, "bandMeaning", s.band().map(b -> b.meaning()).filter(m -> !m.isEmpty()));
        json.writeNumberField("answered", s.answered());
        json.writeNumberField("declined", s.declined());
        json.writeNumberField("missing", s.of() - s.answered());
        json.writeNumberField("of", s.of());
        json.writeNumberField("minAnswered", s.minAnswered());
        ReportDocument.Computed computed = s.computed();
        if (computed.answeredValue().isPresent()) {
            json.writeNumberField("answeredValue", computed.answeredValue().get());
        }
        if (computed.unrounded().isPresent()) {
            json.writeNumberField("unrounded", computed.unrounded().get());
        }
        json.writeStringField("missingRule", computed.missing());
        json.writeStringField("rounding", computed.rounding());
        json.writeBooleanField("prorated", computed.prorated());
        if (s.range().isPresent()) {
            json.writeNumberField("min", s.range().get().low());
            json.writeNumberField("max", s.range().get().high());
        }
        json.writeEndObject();
    }

    private static void advice(JsonGenerator json, Advice advice) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", advice.id());
        json.writeStringField("kind", advice.kind());
        json.writeStringField("title", advice.title());
        json.writeNumberField("priority", advice.priority());
        optional(json, "forcedBy", advice.forcedBy());
        strings(json, "why", advice.reasons());
        facts(json, advice.facts());
        strings(json, "nextSteps", advice.nextSteps());
        json.writeEndObject();
    }

    /** Fired flags under "flags"; those an unanswered question left undecided under "notAnswered". */
    private static void flags(JsonGenerator json, String field, List<FlagNote> flags) throws IOException {
        json.writeArrayFieldStart(field);
        for (FlagNote flag : flags) {
            json.writeStartObject();
            json.writeStringField("id", flag.id());
            json.writeStringField("severity", flag.severity().yamlName());
            json.writeStringField("message", flag.message());
            optional(json, "recommend", flag.recommend());
            facts(json, flag.facts());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void facts(JsonGenerator json, List<Fact> facts) throws IOException {
        json.writeArrayFieldStart("reasons");
        for (Fact fact : facts) {
            json.writeStartObject();
            json.writeStringField("name", fact.name());
            optional(json, "value", fact.value());
            json.writeStringField("text", fact.sentence());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** Which questionnaire a JSON document is about; the text's fingerprint where there is one. */
    static void questionnaire(JsonGenerator json, String id, String version, String title, Optional<String> sha256) throws IOException {
        json.writeObjectFieldStart("questionnaire");
        json.writeStringField("id", id);
        json.writeStringField("version", version);
        json.writeStringField("title", title);
        if (sha256.isPresent()) {
            json.writeStringField("sha256", sha256.get());
        }
        json.writeEndObject();
    }

    static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
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
