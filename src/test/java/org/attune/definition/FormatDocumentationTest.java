package org.attune.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The complete example in docs/questionnaire-format.md is valid, so the documentation cannot rot. */
class FormatDocumentationTest {

    @Test
    void completeExampleLoads() throws Exception {
        String doc = Files.readString(Path.of("docs/questionnaire-format.md"));
        int section = doc.indexOf("## A complete example");
        int start = doc.indexOf("```yaml\n", section) + "```yaml\n".length();
        String example = doc.substring(start, doc.indexOf("```\n", start));
        Questionnaire q = LoaderProblems.valid(example);
        assertThat(q.id()).isEqualTo("group-climate");
        assertThat(q.items()).extracting(Item::kind).contains("choice", "yesno", "text", "number", "multi");
    }
}
