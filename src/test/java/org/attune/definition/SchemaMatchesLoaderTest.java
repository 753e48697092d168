package org.attune.definition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The keys the schema allows are exactly the keys the loader reads, for every kind of object. */
class SchemaMatchesLoaderTest {
    static JsonNode schema;

    @BeforeAll
    static void readSchema() throws IOException {
        schema = new ObjectMapper().readTree(Path.of("schema/questionnaire-v1.schema.json").toFile());
    }

    static Set<String> properties(JsonNode node) {
        Set<String> keys = new HashSet<>();
        node.path("properties").fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    static JsonNode def(String name) {
        return schema.path("$defs").path(name);
    }

    @Test
    void topLevel() {
        assertThat(properties(schema)).isEqualTo(QuestionnaireParser.KEYS);
    }

    @Test
    void nestedObjects() {
        assertThat(properties(def("scale"))).isEqualTo(QuestionnaireParser.SCALE_KEYS);
        assertThat(properties(def("section"))).isEqualTo(QuestionnaireParser.SECTION_KEYS);
        assertThat(properties(def("option"))).isEqualTo(OptionParser.KEYS);
        assertThat(properties(def("score"))).isEqualTo(ScoreParser.KEYS);
        assertThat(properties(def("band"))).isEqualTo(ScoreParser.BAND_KEYS);
        assertThat(properties(def("flag"))).isEqualTo(RuleParser.FLAG_KEYS);
        assertThat(properties(def("recommendation"))).isEqualTo(RuleParser.RECOMMENDATION_KEYS);
    }

    @Test
    void everyItemType() {
        Set<String> types = new HashSet<>();
        for (JsonNode branch : def("item").path("oneOf")) {
            String type = branch.path("properties").path("type").path("const").asText();
            types.add(type);
            assertThat(properties(branch)).as(type).isEqualTo(ItemParser.keysOf(type));
        }
        assertThat(types).containsExactlyInAnyOrderElementsOf(ItemParser.TYPES);
    }

    @Test
    void enumsMatchTheModel() {
        Set<String> kinds = new HashSet<>();
        def("recommendation").path("properties").path("kind").path("enum").forEach(k -> kinds.add(k.asText()));
        assertThat(kinds).containsExactlyInAnyOrder(
                java.util.Arrays.stream(RecommendationKind.values()).map(RecommendationKind::yamlName).toArray(String[]::new));
        Set<String> severities = new HashSet<>();
        def("flag").path("properties").path("severity").path("enum").forEach(k -> severities.add(k.asText()));
        assertThat(severities).containsExactlyInAnyOrder(
                java.util.Arrays.stream(Severity.values()).map(Severity::yamlName).toArray(String[]::new));
    }
}
