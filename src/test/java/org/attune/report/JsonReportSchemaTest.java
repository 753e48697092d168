package org.attune.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every golden JSON report has the documented, versioned shape. */
class JsonReportSchemaTest {

    static Schema schema() throws IOException {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(Path.of("schema/report-v1.schema.json")), InputFormat.JSON);
    }

    static Stream<Path> reports() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/golden/score"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("reports")
    void goldenReportMatchesTheSchema(Path report) throws IOException {
        assertThat(schema().validate(Files.readString(report), InputFormat.JSON)).as(report.toString()).isEmpty();
    }

    @Test
    void schemaRejectsAnUnknownKey() throws IOException {
        String report = Files.readString(reports().findFirst().orElseThrow()).replaceFirst("\\{", "{\"extra\": 1,");
        assertThat(schema().validate(report, InputFormat.JSON)).isNotEmpty();
    }
}
