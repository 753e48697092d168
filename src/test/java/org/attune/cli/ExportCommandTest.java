package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attune.export.CsvParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    static final String Q = GroupGoldenTest.QUESTIONNAIRE.toString();

    @Test
    void csvOnStandardOutput() {
        CliRun run = CliRun.of("export", Q, "--answers", GroupGoldenTest.MEMBERS.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<List<String>> rows = CsvParser.parse(run.out());
        assertThat(rows).hasSize(9);
        assertThat(rows.get(0).get(0)).isEqualTo("takenAt");
        assertThat(run.out()).doesNotContain("private words");
    }

    @Test
    void jsonLinesAndACodebookFile(@TempDir Path dir) throws IOException {
        Path book = dir.resolve("codebook.csv");
        Path data = dir.resolve("data.jsonl");
        CliRun run = CliRun.of("export", Q, "--answers", GroupGoldenTest.MEMBERS.toString(), "--format", "jsonl", "--codebook", book.toString(),
                "--output", data.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("codebook written to " + book).contains("8 rows written to " + data);
        assertThat(Files.readString(data).lines()).hasSize(8).allMatch(l -> l.startsWith("{\"takenAt\":"));
        assertThat(CsvParser.parse(Files.readString(book)).get(0).get(0)).isEqualTo("Variable / Field Name");
    }

    @Test
    void anotherQuestionnaireIsSkipped(@TempDir Path dir) throws IOException {
        Files.copy(GroupGoldenTest.MEMBERS.resolve("member-a.yaml"), dir.resolve("a.yaml"));
        Files.copy(Path.of("examples/flourish-thrive-answers.yaml"), dir.resolve("other.yaml"));
        CliRun run = CliRun.of("export", Q, "--answers", dir.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(CsvParser.parse(run.out())).hasSize(2);
        assertThat(run.err()).contains("skipped " + dir.resolve("other.yaml"));
    }

    @Test
    void unknownFormatIsAUsageError() {
        CliRun run = CliRun.of("export", Q, "--answers", GroupGoldenTest.MEMBERS.toString(), "--format", "xlsx");
        assertThat(run.exitCode()).isEqualTo(2);
    }
}
