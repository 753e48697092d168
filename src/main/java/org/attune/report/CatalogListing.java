package org.attune.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.attune.definition.CatalogEntry;
import org.attune.definition.Questionnaire;

/** The table (or JSON) that {@code attune list} prints. */
public final class CatalogListing {
    private CatalogListing() {}

    public static void writeText(List<CatalogEntry> entries, PrintWriter out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ID", "VERSION", "TITLE", "ITEMS", "MINUTES", "SOURCE"});
        for (CatalogEntry entry : entries) {
            entry.questionnaire().ifPresent(q -> rows.add(new String[] {
                    q.id(), q.header().version(), q.header().title(), String.valueOf(q.questions().size()),
                    String.valueOf(q.header().estimatedMinutes()), entry.bundled() ? "bundled" : entry.source()}));
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                boolean numeric = i == 3 || i == 4;
                String cell = numeric ? " ".repeat(widths[i] - row[i].length()) + row[i] : row[i];
                line.append(cell);
                if (i < row.length - 1) {
                    line.append(numeric ? "" : " ".repeat(widths[i] - row[i].length())).append("  ");
                }
            }
            out.println(line.toString().stripTrailing());
        }
        out.flush();
    }

    public static void writeJson(List<CatalogEntry> entries, PrintWriter out) {
        try (JsonGenerator json = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            json.writeStartArray();
            for (CatalogEntry entry : entries) {
                if (entry.questionnaire().isEmpty()) {
                    continue;
                }
                Questionnaire q = entry.questionnaire().get();
                json.writeStartObject();
                json.writeStringField("id", q.id());
                json.writeStringField("version", q.header().version());
                json.writeStringField("title", q.header().title());
                json.writeNumberField("items", q.questions().size());
                json.writeNumberField("estimatedMinutes", q.header().estimatedMinutes());
                json.writeStringField("source", entry.bundled() ? "bundled" : entry.source());
                json.writeStringField("sha256", q.sha256());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.flush();
            out.println();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
