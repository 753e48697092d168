package org.attune.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attune.diagnostics.InvalidFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text of a questionnaire found without a search, and that loading it gives what resolving the same name gives. */
class QuestionnaireSourceTest {
    @TempDir
    Path home;

    private QuestionnaireCatalog catalog() {
        return new QuestionnaireCatalog(new QuestionnaireLoader(), List.of(home.resolve("mine")));
    }

    private static String questionnaire(String id) throws Exception {
        try (var in = QuestionnaireSourceTest.class.getResourceAsStream("/org/attune/questionnaires/flourish-thrive.yaml")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("id: flourish-thrive", "id: " + id);
        }
    }

    private static void assertSame(Questionnaire loaded, Questionnaire resolved) {
        assertThat(loaded.header()).isEqualTo(resolved.header());
        assertThat(loaded.sha256()).isEqualTo(resolved.sha256());
        assertThat(loaded.source()).isEqualTo(resolved.source());
    }

    @Test
    void aBundledQuestionnaireIsItsResource() throws Exception {
        QuestionnaireSource source = catalog().sourceOf("flourish-thrive").orElseThrow();
        assertThat(source.name()).isEqualTo("/org/attune/questionnaires/flourish-thrive.yaml");
        assertThat(source.requiredId()).isEmpty();
        assertSame(catalog().load(source), catalog().resolve("flourish-thrive"));
    }

    @Test
    void aPathIsTheFileNamedAsResolveNamesIt() throws Exception {
        Path file = Files.writeString(home.resolve("own.yaml"), questionnaire("own"));
        QuestionnaireSource source = catalog().sourceOf(file.toString()).orElseThrow();
        assertThat(source.name()).isEqualTo(file.toString());
        assertThat(catalog().load(source).id()).isEqualTo("own");
        assertSame(catalog().load(source), catalog().resolve(file.toString()));
    }

    @Test
    void aUsersFileNamedAfterTheIdMustTurnOutToHaveThatId() throws Exception {
        Files.createDirectories(home.resolve("mine"));
        Files.writeString(home.resolve("mine/mine.yaml"), questionnaire("mine"));
        Files.writeString(home.resolve("mine/other.yaml"), questionnaire("not-other"));
        QuestionnaireSource mine = catalog().sourceOf("mine").orElseThrow();
        assertThat(mine.requiredId()).isEqualTo("mine");
        assertThat(mine.isFor(catalog().load(mine))).isTrue();
        QuestionnaireSource misnamed = catalog().sourceOf("other").orElseThrow();
        assertThat(misnamed.isFor(catalog().load(misnamed))).isFalse();
    }

    @Test
    void whatNeedsASearchOrCannotBeReadHasNoSource() throws Exception {
        Files.createDirectories(home.resolve("folder.yaml"));
        assertThat(catalog().sourceOf("no-such-questionnaire")).isEmpty();
        assertThat(catalog().sourceOf(home.resolve("missing.yaml").toString())).isEmpty();
        assertThat(catalog().sourceOf(home.resolve("folder.yaml").toString())).isEmpty();
    }

    @Test
    void anInvalidTextIsLoadedWithTheUsualMessages() throws Exception {
        Path file = Files.writeString(home.resolve("broken.yaml"), "format: 1\nid: [\n");
        QuestionnaireSource source = catalog().sourceOf(file.toString()).orElseThrow();
        assertThatThrownBy(() -> catalog().load(source)).isInstanceOf(InvalidFileException.class)
                .hasMessageContaining(file.toString());
    }
}
