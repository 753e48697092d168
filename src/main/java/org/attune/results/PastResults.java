package org.attune.results;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.files.BoundedRead;
import org.attune.yaml.YamlLimits;
import org.attune.yaml.YamlMap;
import org.attune.yaml.YamlScalar;
import org.attune.yaml.YamlTreeReader;

/**
 * Past results as 'attune results' lists them, read from each result's JSON report. A report that is
 * missing, too large, not a file or not valid JSON is named in a warning and left out, so one bad file
 * never stops the listing. Numbers count from the oldest result, so they stay the same as results are added.
 */
public final class PastResults {
    public static final long MAX_REPORT_BYTES = 4L * 1024 * 1024;
    private static final JsonFactory JSON = new JsonFactory();

    /** One score as the listing shows it: its title and value (with its band when it has one), and its id and number for a history. */
    public record ScoreLine(String id, String title, String value, Optional<java.math.BigDecimal> number, Optional<String> band) {}

    public record PastResult(int number, Path answers, Path report, String questionnaireId, String questionnaireSha256, String title,
            Optional<String> takenAt, Optional<String> respondent, String recommendation, List<String> flags, List<ScoreLine> scores) {}

    public record Listing(List<PastResult> results, List<String> warnings) {

        public Optional<PastResult> number(int n) {
            return results.stream().filter(r -> r.number() == n).findFirst();
        }
    }

    private PastResults() {}

    public static Listing read(ResultStore store) throws IOException {
        List<PastResult> results = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int number = 0;
        for (Path answers : store.answersFiles()) {
            number++;
            Path report = ResultStore.reportFor(answers);
            try {
                results.add(parse(number, answers, report, BoundedRead.file(report, MAX_REPORT_BYTES)));
            } catch (JacksonException e) {
                String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
                warnings.add("skipped result " + number + ": " + report + " is not a valid report (it is not valid JSON" + where + ")");
            } catch (IOException e) {
                warnings.add("skipped result " + number + ": " + e.getMessage());
            }
        }
        return new Listing(results, warnings);
    }

    /**
     * Reads only what a listing and a history show, as a stream of tokens: a history reads every report,
     * and building each whole report as a tree would cost most of its time.
     */
    private static PastResult parse(int number, Path answers, Path report, byte[] bytes) throws IOException {
        Fields top = new Fields();
        List<String> flags = new ArrayList<>();
        List<ScoreLine> scores = new ArrayList<>();
        try (JsonParser json = JSON.createParser(bytes)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(report + " is not a report written by attune (it is not a JSON object)");
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                switch (field) {
                    case "questionnaire", "recommendation" -> top.object(field, json, value);
                    case "flags" -> forEachObject(json, value, f -> flags.add(f.text("severity") + ": " + f.text("message")));
                    case "scores" -> forEachObject(json, value, f -> scores.add(new ScoreLine(f.text("id"), f.text("title"),
                            f.number("value").map(BigDecimal::toPlainString).orElse("not enough answers"), f.number("value"), f.optional("band"))));
                    default -> top.scalar(field, json, value);
                }
            }
        }
        if (top.optional("questionnaire.id").isEmpty()) {
            throw new IOException(report + " is not a report written by attune (it names no questionnaire)");
        }
        // version 1 is the only shape so far; a report without a version predates versions and reads the same
        int version = top.number("reportVersion").map(BigDecimal::intValue).orElse(1);
        if (version > org.attune.report.JsonReport.VERSION) {
            throw new IOException(report + " was written by a newer attune (report version " + version + "); update attune to read it");
        }
        return new PastResult(number, answers, report, top.text("questionnaire.id"), top.text("questionnaire.sha256"),
                top.text("questionnaire.title"), top.optional("takenAt"), top.optional("respondent"),
                top.optional("recommendation.title").orElse("?"), flags, scores);
    }

    /** The scalar fields of one JSON object (nested objects as "outer.inner"); arrays and deeper objects are skipped. */
    private static final class Fields {
        private final Map<String, Object> values = new HashMap<>();

        void scalar(String name, JsonParser json, JsonToken token) throws IOException {
            if (token == JsonToken.VALUE_STRING) {
                values.put(name, json.getText());
            } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                values.put(name, json.getDecimalValue());
            } else {
                json.skipChildren();
            }
        }

        void object(String name, JsonParser json, JsonToken token) throws IOException {
            if (token != JsonToken.START_OBJECT) {
                json.skipChildren();
                return;
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                scalar(name.isEmpty() ? field : name + "." + field, json, json.nextToken());
            }
        }

        String text(String name) {
            return values.get(name) instanceof String s ? s : "";
        }

        Optional<String> optional(String name) {
            return Optional.of(text(name)).filter(t -> !t.isBlank());
        }

        Optional<BigDecimal> number(String name) {
            return values.get(name) instanceof BigDecimal d ? Optional.of(d) : Optional.empty();
        }
    }

    private interface ObjectReader {
        void read(Fields fields) throws IOException;
    }

    private static void forEachObject(JsonParser json, JsonToken token, ObjectReader reader) throws IOException {
        if (token != JsonToken.START_ARRAY) {
            json.skipChildren();
            return;
        }
        for (JsonToken t = json.nextToken(); t != JsonToken.END_ARRAY && t != null; t = json.nextToken()) {
            Fields fields = new Fields();
            fields.object("", json, json.currentToken());
            reader.read(fields);
        }
    }

    /** The questionnaire file a kept result was answered with (its session block), or empty for a bundled one or an older result. */
    public static String questionnaireSource(Path answers, byte[] bytes) {
        YamlTreeReader.Result tree = new YamlTreeReader(YamlLimits.DEFAULT).read(answers.toString(), bytes);
        if (tree.root() instanceof YamlMap map && map.get("session") instanceof YamlMap session && session.get("source") instanceof YamlScalar s) {
            return s.text();
        }
        return "";
    }
}
