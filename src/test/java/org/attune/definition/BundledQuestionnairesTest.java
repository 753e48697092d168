package org.attune.definition;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every bundled questionnaire passes both the JSON Schema and the loader, so the two never drift apart. */
class BundledQuestionnairesTest {
    static final Path FOLDER = Path.of("questionnaires");
    static final Path SCHEMA = Path.of("schema/questionnaire-v1.schema.json");

    static Stream<Path> bundled() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    static Schema schema() throws IOException {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(SCHEMA), InputFormat.JSON);
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void passesTheSchema(Path file) throws IOException {
        List<com.networknt.schema.Error> errors = schema().validate(Files.readString(file), InputFormat.YAML);
        assertThat(errors).as(file.toString()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void passesTheLoader(Path file) throws Exception {
        Questionnaire q = new QuestionnaireLoader().load(file);
        assertThat(file.getFileName().toString()).isEqualTo(q.id() + ".yaml");
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void isPackedInTheJarUnderItsId(Path file) throws Exception {
        Questionnaire packed = new QuestionnaireLoader().loadResource(QuestionnaireCatalog.BUNDLED_FOLDER + file.getFileName());
        assertThat(packed.sha256()).isEqualTo(new QuestionnaireLoader().load(file).sha256());
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void itsDigestIsRecordedWhenTheJarIsBuiltAndUsed(Path file) throws Exception {
        String resource = QuestionnaireCatalog.BUNDLED_FOLDER + file.getFileName();
        String computed = new ContentDigest(Files.readAllBytes(file)).hex();
        try (var recorded = BundledQuestionnairesTest.class.getResourceAsStream(resource + ".sha256")) {
            assertThat(recorded).as("the build writes %s.sha256", resource).isNotNull();
            assertThat(new String(recorded.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).strip()).isEqualTo(computed);
        }
        String id = file.getFileName().toString().replace(".yaml", "");
        QuestionnaireSource source = new QuestionnaireCatalog(new QuestionnaireLoader(), List.of()).sourceOf(id).orElseThrow();
        assertThat(source.digest().hex()).isEqualTo(computed);
    }

    @Test
    void theIndexListsExactlyTheBundledFiles() throws IOException {
        assertThat(QuestionnaireCatalog.bundledFiles())
                .containsExactlyInAnyOrderElementsOf(bundled().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void schemaRejectsWhatTheLoaderRejects() throws IOException {
        String unknownKey = ValidationRulesTest.HEAD + "colour: blue\nsections:\n  - id: main\n    title: Main\n    items:\n"
                + "      - {id: q1, type: yesno, text: \"Q\", scale: agree}\n" + ValidationRulesTest.TAIL;
        assertThat(schema().validate(unknownKey, InputFormat.YAML)).isNotEmpty();
        assertThat(LoaderProblems.of(unknownKey)).hasSize(2);
    }
}
