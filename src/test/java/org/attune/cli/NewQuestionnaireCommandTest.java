package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attune.definition.Item;
import org.attune.definition.Questionnaire;
import org.attune.definition.QuestionnaireLoader;
import org.attune.definition.Starter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewQuestionnaireCommandTest {

    @Test
    void writesAStarterThatValidatesThroughTheLoader(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("Group Check.yaml");
        CliRun run = CliRun.of("new", "questionnaire", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("with the id 'group-check'").contains("attune validate '" + file + "'");
        Questionnaire q = new QuestionnaireLoader().load(file);
        assertThat(q.id()).isEqualTo("group-check");
        assertThat(q.scales()).isNotEmpty();
        assertThat(q.sections()).hasSize(2);
        assertThat(q.items()).anyMatch(i -> i.showIf().isPresent());
        assertThat(q.items()).anyMatch(i -> i instanceof Item.FreeText t && t.isPrivate());
        assertThat(q.scores()).allMatch(s -> !s.bands().isEmpty()).isNotEmpty();
        assertThat(q.flags()).isNotEmpty();
        assertThat(q.recommendations()).hasSizeGreaterThan(1).anyMatch(r -> r.isDefault());
        assertThat(Files.readString(file)).startsWith("# ").contains("\n# ").contains("  # showIf");
        assertThat(CliRun.of("validate", file.toString()).exitCode()).isZero();
        assertThat(CliRun.of("explain", file.toString()).exitCode()).isZero();
    }

    @Test
    void keepsAnExistingFileUnlessForced(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mine.yaml");
        Files.writeString(file, "my own work\n");
        CliRun kept = CliRun.of("new", "questionnaire", file.toString());
        assertThat(kept.exitCode()).isEqualTo(1);
        assertThat(kept.err()).contains("the file exists and was kept; add --force");
        assertThat(Files.readString(file)).isEqualTo("my own work\n");
        CliRun forced = CliRun.of("new", "questionnaire", file.toString(), "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(Files.readString(file)).contains("id: mine");
    }

    @Test
    void aMissingFolderIsNotCreated(@TempDir Path dir) {
        CliRun run = CliRun.of("new", "questionnaire", dir.resolve("no/such/q.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("does not exist");
    }

    @Test
    void idsFromFileNames() {
        assertThat(Starter.idFor("group-check.yaml")).isEqualTo("group-check");
        assertThat(Starter.idFor("Group Check.yml")).isEqualTo("group-check");
        assertThat(Starter.idFor("...yaml")).isEqualTo("my-questionnaire");
        assertThat(Starter.idFor("über.yaml")).isEqualTo("ber");
    }
}
