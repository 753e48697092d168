package org.attune.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.attune.diagnostics.Diagnostic;
import org.attune.diagnostics.Diagnostics;

/** The outcome of validating files, written for people (compiler style) or for tools (JSON). */
public final class ValidationReport {

    /** One checked file: its problems, or none when valid. */
    public record FileResult(String file, List<Diagnostic> diagnostics) {
        public FileResult {
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean valid() {
            return diagnostics.isEmpty();
        }
    }

    public static final int JSON_VERSION = 1;

    private ValidationReport() {}

    /** One {@code file:line:col: message; fix} line per problem; valid files print nothing. */
    public static void writeText(List<FileResult> results, Writer out) {
        try {
            for (FileResult result : results) {
                Diagnostics.render(result.diagnostics(), line -> {
                    try {
                        out.write(line);
                        out.write(System.lineSeparator());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code {"version":1,"valid":…,"files":[{"file","valid","diagnostics":[{line,column,message,fix}],"notShown"?}]}};
     * at most {@link Diagnostics#SHOWN_PER_FILE} diagnostics per file, and then {@code notShown} counts the rest.
     */
    public static void writeJson(List<FileResult> results, Writer out) {
        try (JsonGenerator json = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeNumberField("version", JSON_VERSION);
            json.writeBooleanField("valid", results.stream().allMatch(FileResult::valid));
            json.writeArrayFieldStart("files");
            for (FileResult result : results) {
                json.writeStartObject();
                json.writeStringField("file", result.file());
                json.writeBooleanField("valid", result.valid());
                json.writeArrayFieldStart("diagnostics");
                for (Diagnostic d : Diagnostics.shown(result.diagnostics())) {
                    json.writeStartObject();
                    json.writeStringField("file", d.location().file());
                    json.writeNumberField("line", d.location().line());
                    json.writeNumberField("column", d.location().column());
                    json.writeStringField("severity", d.level().word());
                    json.writeStringField("message", d.message());
                    json.writeStringField("fix", d.fix());
                    json.writeEndObject();
                }
                json.writeEndArray();
                if (result.diagnostics().size() > Diagnostics.SHOWN_PER_FILE) {
                    json.writeNumberField("notShown", result.diagnostics().size() - Diagnostics.SHOWN_PER_FILE);
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.flush();
            out.write(System.lineSeparator());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
