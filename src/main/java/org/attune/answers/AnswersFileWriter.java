package org.attune.answers;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.attune.definition.ResponseOption;

/**
 * Writes answers in the answers-file format (docs/answers-format.md), so what a session saves can be
 * scored, edited and resumed. An optional {@code session} block carries what a session needs to resume.
 */
public final class AnswersFileWriter {
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .build();

    private AnswersFileWriter() {}

    public static String write(Answers answers, Map<String, String> session) {
        StringWriter text = new StringWriter();
        try (JsonGenerator yaml = YAML.createGenerator(text)) {
            yaml.writeStartObject();
            yaml.writeStringField("questionnaire", answers.questionnaireId());
            yaml.writeStringField("version", answers.questionnaireVersion());
            if (answers.takenAt().isPresent()) {
                yaml.writeStringField("takenAt", answers.takenAt().get());
            }
            if (answers.respondent().isPresent()) {
                yaml.writeStringField("respondent", answers.respondent().get());
            }
            if (!session.isEmpty()) {
                yaml.writeObjectFieldStart("session");
                for (var entry : session.entrySet()) {
                    yaml.writeStringField(entry.getKey(), entry.getValue());
                }
                yaml.writeEndObject();
            }
            yaml.writeObjectFieldStart("answers");
            for (var entry : answers.values().entrySet()) {
                if (!(entry.getValue() instanceof AnswerValue.Declined)) {
                    yaml.writeFieldName(entry.getKey());
                    value(yaml, entry.getValue());
                }
            }
            yaml.writeEndObject();
            List<String> declined = answers.declined();
            if (!declined.isEmpty()) {
                yaml.writeArrayFieldStart("declined");
                for (String id : declined) {
                    yaml.writeString(id);
                }
                yaml.writeEndArray();
            }
            yaml.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** Options by key where they have one (readable), else by value; both read back the same. */
    private static void value(JsonGenerator yaml, AnswerValue value) throws IOException {
        if (value instanceof AnswerValue.Choice choice) {
            option(yaml, choice.option());
        } else if (value instanceof AnswerValue.Multi multi) {
            yaml.writeStartArray();
            for (ResponseOption option : multi.options()) {
                option(yaml, option);
            }
            yaml.writeEndArray();
        } else if (value instanceof AnswerValue.YesNo yesNo) {
            yaml.writeString(yesNo.yes() ? "yes" : "no");
        } else if (value instanceof AnswerValue.Number number) {
            yaml.writeNumber(number.value());
        } else if (value instanceof AnswerValue.Text text) {
            yaml.writeString(text.text());
        }
    }

    private static void option(JsonGenerator yaml, ResponseOption option) throws IOException {
        if (option.key().isEmpty()) {
            yaml.writeNumber(option.value());
        } else {
            yaml.writeString(option.key());
        }
    }
}
