package org.attune.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.attune.report.ReportDocument.GroupStatistics;
import org.attune.report.ReportDocument.Tally;

/**
 * A group summary as JSON (see README, "Running a questionnaire with a supervision group"). A hidden count is
 * {@code null} with {@code "<field>FewerThan3": true} beside it, so a script never mistakes it for zero.
 */
final class GroupJson {
    static final int VERSION = 1;

    private GroupJson() {}

    static void write(JsonGenerator json, ReportDocument doc) throws IOException {
        var about = doc.about();
        json.writeStartObject();
        json.writeNumberField("groupSummaryVersion", VERSION);
        JsonReport.questionnaire(json, about.questionnaireId(), about.version(), about.title(), java.util.Optional.of(about.sha256()));
        ReportDocument.GroupOverview overview = doc.section(ReportDocument.GroupOverview.class).orElseThrow();
        JsonReport.strings(json, "about", overview.paragraphs());
        var flags = doc.section(ReportDocument.GroupFlags.class);
        if (flags.isPresent() && flags.get().reminder().isPresent()) {
            json.writeStringField("reminder", flags.get().reminder().get());
        } else {
            json.writeNullField("reminder");
        }
        json.writeArrayFieldStart("flags");
        for (ReportDocument.GroupFlag flag : flags.map(ReportDocument.GroupFlags::flags).orElse(List.of())) {
            json.writeStartObject();
            json.writeStringField("id", flag.id());
            json.writeStringField("severity", flag.severity().yamlName());
            json.writeStringField("message", flag.message());
            count(json, "raisedBy", flag.raised());
            count(json, "undecidedFor", flag.undecided());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("recommendations");
        for (Tally kind : doc.section(ReportDocument.GroupRecommendations.class).orElseThrow().kinds()) {
            json.writeStartObject();
            json.writeStringField("kind", kind.key());
            count(json, "members", kind);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("scores");
        for (ReportDocument.GroupScore score : doc.section(ReportDocument.GroupScores.class).map(ReportDocument.GroupScores::scores).orElse(List.of())) {
            json.writeStartObject();
            json.writeStringField("id", score.id());
            json.writeStringField("title", score.title());
            count(json, "withValue", score.withValue());
            count(json, "withoutValue", score.withoutValue());
            statistics(json, score.statistics());
            json.writeArrayFieldStart("bands");
            for (Tally band : score.bands()) {
                json.writeStartObject();
                json.writeStringField("label", band.label());
                count(json, "members", band);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("items");
        for (ReportDocument.GroupItem item : doc.section(ReportDocument.GroupItems.class).map(ReportDocument.GroupItems::items).orElse(List.of())) {
            json.writeStartObject();
            json.writeStringField("id", item.id());
            json.writeStringField("type", item.kind());
            json.writeStringField("text", item.question());
            count(json, "answered", item.answered());
            count(json, "notAnswered", item.notAnswered());
            if (!item.kind().equals("number")) {
                json.writeArrayFieldStart("options");
                for (Tally option : item.options()) {
                    json.writeStartObject();
                    json.writeStringField("key", option.key());
                    json.writeStringField("label", option.label());
                    count(json, "members", option);
                    json.writeEndObject();
                }
                json.writeEndArray();
            } else {
                statistics(json, item.numbers());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("disclaimer", doc.disclaimer());
        json.writeEndObject();
    }

    private static void count(JsonGenerator json, String field, Tally tally) throws IOException {
        if (tally.members().isPresent()) {
            json.writeNumberField(field, tally.members().getAsInt());
        } else {
            json.writeNullField(field);
            json.writeBooleanField(field + "FewerThan3", true);
        }
    }

    /** Statistics, or {@code null} when too few members answered to give any. */
    private static void statistics(JsonGenerator json, java.util.Optional<GroupStatistics> statistics) throws IOException {
        if (statistics.isEmpty()) {
            json.writeNullField("statistics");
            return;
        }
        GroupStatistics s = statistics.get();
        json.writeObjectFieldStart("statistics");
        json.writeNumberField("n", s.count());
        json.writeNumberField("mean", s.mean());
        json.writeNumberField("median", s.median());
        json.writeNumberField("min", s.min());
        json.writeNumberField("max", s.max());
        json.writeNumberField("sd", s.standardDeviation());
        json.writeEndObject();
    }
}
