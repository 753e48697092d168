package org.attune.results;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attune.definition.yaml.YamlLimits;
import org.attune.definition.yaml.YamlMap;
import org.attune.definition.yaml.YamlScalar;
import org.attune.definition.yaml.YamlTreeReader;
import org.attune.files.BoundedRead;

/**
 * Past results as 'attune results' lists them, read from each result's JSON report. A report that is
 * missing, too large, not a file or not valid JSON is named in a warning and left out, so one bad file
 * never stops the listing. Numbers count from the oldest result, so they stay the same as results are added.
 */
public final class PastResults {
    public static final long MAX_REPORT_BYTES = 4L * 1024 * 1024;

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
        ObjectMapper json = new ObjectMapper();
        for (Path answers : store.answersFiles()) {
            number++;
            Path report = ResultStore.reportFor(answers);
            try {
                results.add(parse(number, answers, report, json.readTree(BoundedRead.file(report, MAX_REPORT_BYTES))));
            } catch (JacksonException e) {
                String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
                warnings.add("skipped result " + number + ": " + report + " is not a valid report (it is not valid JSON" + where + ")");
            } catch (IOException e) {
                warnings.add("skipped result " + number + ": " + e.getMessage());
            }
        }
        return new Listing(results, warnings);
    }

    private static PastResult parse(int number, Path answers, Path report, JsonNode node) throws IOException {
        JsonNode questionnaire = node.path("questionnaire");
        if (!questionnaire.path("id").isTextual()) {
            throw new IOException(report + " is not a report written by attune (it names no questionnaire)");
        }
        // version 1 is the only shape so far; a report without a version predates versions and reads the same
        int version = node.path("reportVersion").asInt(1);
        if (version > org.attune.report.JsonReport.VERSION) {
            throw new IOException(report + " was written by a newer attune (report version " + version + "); update attune to read it");
        }
        List<String> flags = new ArrayList<>();
        node.path("flags").forEach(f -> flags.add(f.path("severity").asText("") + ": " + f.path("message").asText("")));
        List<ScoreLine> scores = new ArrayList<>();
        node.path("scores").forEach(s -> scores.add(new ScoreLine(s.path("id").asText(""), s.path("title").asText(""),
                s.path("value").isNumber() ? s.path("value").decimalValue().toPlainString() : "not enough answers",
                s.path("value").isNumber() ? Optional.of(s.path("value").decimalValue()) : Optional.empty(), text(s, "band"))));
        JsonNode recommendation = node.path("recommendation");
        return new PastResult(number, answers, report, questionnaire.path("id").asText(), questionnaire.path("sha256").asText(""),
                questionnaire.path("title").asText(""), text(node, "takenAt"), text(node, "respondent"),
                recommendation.path("title").asText("?"), flags, scores);
    }

    /** The questionnaire file a kept result was answered with (its session block), or empty for a bundled one or an older result. */
    public static String questionnaireSource(Path answers, byte[] bytes) {
        YamlTreeReader.Result tree = new YamlTreeReader(YamlLimits.DEFAULT).read(answers.toString(), bytes);
        if (tree.root() instanceof YamlMap map && map.get("session") instanceof YamlMap session && session.get("source") instanceof YamlScalar s) {
            return s.text();
        }
        return "";
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText()) : Optional.empty();
    }
}
