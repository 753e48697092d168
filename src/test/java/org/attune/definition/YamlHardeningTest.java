package org.attune.definition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 11, items 2, 3 and 5 for questionnaires: nothing in a YAML file is dropped, half-used or passed on raw. */
class YamlHardeningTest {
    static final String SECTIONS = """
            sections:
              - id: main
                title: Main
                items:
                  - {id: q1, type: yesno, text: "First?"}
            """;

    @Test
    void aSecondDocumentIsRefusedAtItsSeparator() {
        assertThat(LoaderProblems.of(ValidationRulesTest.HEAD + SECTIONS + ValidationRulesTest.TAIL + "---\nendingChecklist: [Say goodbye]\n"))
                .containsExactly("13:1: the file holds a second YAML document after '---'; an attune file is one document: "
                        + "remove the '---' line, or move what follows into its own file");
    }

    @Test
    void aFileStartingWithTheSeparatorIsOneDocument() {
        LoaderProblems.valid("---\n" + ValidationRulesTest.HEAD + SECTIONS + ValidationRulesTest.TAIL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!float yes", "!!java/object:java.lang.Runtime x", "!custom 3", "!!str Mini"})
    void tagsAreRefused(String tagged) {
        String yaml = ValidationRulesTest.HEAD.replace("title: Mini", "title: " + tagged) + SECTIONS + ValidationRulesTest.TAIL;
        assertThat(LoaderProblems.of(yaml)).anySatisfy(line -> assertThat(line).startsWith("4:8: YAML tags such as !")
                .endsWith(" are not allowed in attune files; remove the tag and write the value plainly; quote it to make it text"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a:\n  b: 1\n c: 2\n", "a: b: c\n", "- a\nb: 1\n", "a:\n\tb: 1\n", "{a: 1}: 2\n", "a: [1\n", "a: \"x\n",
        "a: !e!x 2\n", "? [a]\n: 1\n", "a: *b\n", "a: 'x\n"})
    void syntaxErrorsAreInPlainWords(String yaml) {
        assertThat(LoaderProblems.of(yaml)).singleElement().asString()
                .matches("\\d+:\\d+: .*")
                .doesNotContain("org.", "<block", "Event", "expected <", "snakeyaml", "Exception");
    }

    @Test
    void indentationIsExplained() {
        assertThat(LoaderProblems.of("a:\n  b: 1\n c: 2\n")).containsExactly(
                "3:2: this line is indented differently from the lines around it; indent this line with spaces to line up with the lines it belongs with");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\e]0;owned\\a", "\\0", "\\a", "\\r", "\\x9b31m", "\\u202e"})
    void controlCharactersInTextAreRefused(String escape) {
        String yaml = ValidationRulesTest.HEAD.replace("title: Mini", "title: \"Mini" + escape + "\"") + SECTIONS + ValidationRulesTest.TAIL;
        assertThat(LoaderProblems.of(yaml)).singleElement().asString()
                .startsWith("4:9: the text holds the control character U+")
                .endsWith("; remove it; attune text may hold printable characters, line breaks and tabs only")
                .doesNotContain("\u001b", "\u0007", "\u0000", "\r");
    }

    @Test
    void aControlCharacterInAKeyIsRefusedAndNotEchoedRaw() {
        String yaml = ValidationRulesTest.HEAD + "\"x\\e[2J\": 1\n" + SECTIONS + ValidationRulesTest.TAIL;
        assertThat(LoaderProblems.of(yaml)).contains("6:1: a key holds the control character U+001B (ESC); "
                + "remove it; attune text may hold printable characters, line breaks and tabs only")
                .allSatisfy(line -> assertThat(line).doesNotContain("\u001b"))
                .anySatisfy(line -> assertThat(line).contains("unknown key 'x\\u001B[2J'"));
    }

    @Test
    void aLineBreakInAOneLineFieldIsRefused() {
        String yaml = ValidationRulesTest.HEAD.replace("title: Mini", "title: \"Mini\\nSecond line\"") + SECTIONS + ValidationRulesTest.TAIL;
        assertThat(LoaderProblems.of(yaml)).containsExactly("4:8: 'title' of the questionnaire must be one line, without line breaks or tabs; "
                + "write it on one line; longer text belongs in a description, intro or help");
    }

    @Test
    void lineBreaksInLongerTextStay() {
        Questionnaire q = LoaderProblems.valid(ValidationRulesTest.HEAD + "description: |\n  One.\n  Two.\n" + SECTIONS + ValidationRulesTest.TAIL);
        assertThat(q.header().description()).isEqualTo("One.\nTwo.");
    }

    @ParameterizedTest
    @ValueSource(strings = {".nan", ".inf", "0x4", "1_000", "1e9999999999"})
    void oddNumbersInAQuestionnaireAreErrorsWithTheFix(String written) {
        String yaml = ValidationRulesTest.HEAD + """
                sections:
                  - id: main
                    title: Main
                    items:
                      - {id: q1, type: number, min: 0, max: %s, text: "How many?"}
                """.formatted(written) + ValidationRulesTest.TAIL;
        assertThat(LoaderProblems.of(yaml)).contains("10:45: 'max' of item 'q1' (type number) is written " + written
                + ", which is not a plain decimal number; write a plain decimal number such as 4, 1000 or 2.5 (no 0x, no '_', no .inf or .nan)");
    }
}
