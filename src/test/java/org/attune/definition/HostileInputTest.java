package org.attune.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.attune.diagnostics.InvalidFileException;
import org.attune.yaml.YamlLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Broken and hostile files fail fast, with one clear message, never a crash or a hang. */
class HostileInputTest {

    @Test
    @Timeout(5)
    void billionLaughsFailsFastAtTheFirstAlias() {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p).append("]\n");
        }
        assertThat(LoaderProblems.of(yaml.toString())).containsExactly(
                "2:8: YAML aliases (*a) are not allowed in attune files; write the value out; to reuse answer options, define them once under 'scales:'");
    }

    @Test
    void fileOverTheSizeLimitIsRefusedBeforeParsing(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.yaml");
        Files.writeString(big, "title: " + "x".repeat(2 * 1024 * 1024));
        assertThatThrownBy(() -> new QuestionnaireLoader().load(big))
                .isInstanceOf(InvalidFileException.class)
                .extracting(e -> ((InvalidFileException) e).diagnostics().get(0).render())
                .isEqualTo(big + ":1:1: the file is larger than 1024 KiB; attune files are small text files; check you named the right file");
    }

    @Test
    void deepNestingIsRefused() {
        String yaml = "a: " + "[".repeat(100) + "]".repeat(100);
        assertThat(LoaderProblems.of(yaml)).singleElement().asString()
                .contains("nested more than 32 levels deep; a questionnaire needs only a few levels");
    }

    @Test
    void overlongTextIsRefused() {
        QuestionnaireLoader loader = new QuestionnaireLoader(new YamlLimits(1024 * 1024, 32, 100, 10_000));
        assertThat(LoaderProblems.of(loader, "title: " + "x".repeat(101) + "\n")).containsExactly(
                "1:8: a text value is longer than 100 characters; shorten it or split it into several items");
    }

    @Test
    void tooManyValuesAreRefused() {
        QuestionnaireLoader loader = new QuestionnaireLoader(new YamlLimits(1024 * 1024, 32, 1000, 50));
        assertThat(LoaderProblems.of(loader, "a: [" + "1,".repeat(60) + "1]\n")).singleElement().asString()
                .contains("the file has more than 50 values");
    }

    @Test
    void tooManyItemsAreRefused() {
        StringBuilder yaml = new StringBuilder(ValidationRulesTest.HEAD + "sections:\n  - id: main\n    title: Main\n    items:\n");
        for (int i = 0; i <= QuestionnaireParser.MAX_ITEMS; i++) {
            yaml.append("      - {id: q").append(i).append(", type: yesno, text: \"Q\"}\n");
        }
        assertThat(LoaderProblems.of(yaml + ValidationRulesTest.TAIL)).containsExactly(
                "510:9: the questionnaire has more than 500 items; split it into several questionnaires");
    }

    @Test
    void notUtf8() {
        byte[] latin1 = "title: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> new QuestionnaireLoader().load("q.yaml", latin1))
                .extracting(e -> ((InvalidFileException) e).diagnostics().get(0).render())
                .isEqualTo("q.yaml:1:1: the file is not UTF-8 text; save it as UTF-8 (most editors offer this under 'encoding')");
    }

    @Test
    void emptyFileAndNonMappingRoot() {
        assertThat(LoaderProblems.of("")).containsExactly("1:1: the file is empty; an attune file starts with its header keys; see docs/questionnaire-format.md");
        assertThat(LoaderProblems.of("- just\n- a list\n")).containsExactly(
                "1:1: the questionnaire must be a mapping (key: value lines), not a list; indent its keys under it");
    }

    @Test
    void missingFileAndFolder(@TempDir Path dir) {
        assertThatThrownBy(() -> new QuestionnaireLoader().load(dir.resolve("nope.yaml")))
                .extracting(e -> ((InvalidFileException) e).diagnostics().get(0).message()).isEqualTo("no such file");
        assertThatThrownBy(() -> new QuestionnaireLoader().load(dir))
                .extracting(e -> ((InvalidFileException) e).diagnostics().get(0).message())
                .isEqualTo("this is a folder, not a questionnaire file");
    }

    @Test
    void byteOrderMarkIsAccepted() {
        byte[] withBom = ("\uFEFF" + ValidationRulesTest.HEAD + "sections:\n  - id: main\n    title: Main\n    items:\n"
                + "      - {id: q1, type: yesno, text: \"Q\"}\n" + ValidationRulesTest.TAIL).getBytes(StandardCharsets.UTF_8);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> new QuestionnaireLoader().load("q.yaml", withBom))).isNull();
    }

    @Test
    @Timeout(10)
    void randomGarbageNeverCrashes() {
        java.util.Random random = new java.util.Random(42);
        String alphabet = "abc:- \n\t[]{}&*!|>'\"#%@`,?0123456789.";
        long start = System.nanoTime();
        for (int run = 0; run < 2000; run++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(200);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            try {
                new QuestionnaireLoader().load("fuzz.yaml", text.toString().getBytes(StandardCharsets.UTF_8));
            } catch (InvalidFileException e) {
                assertThat(e.diagnostics()).isNotEmpty().allSatisfy(d -> {
                    assertThat(d.location().line()).isPositive();
                    assertThat(d.location().column()).isPositive();
                    assertThat(d.message()).isNotBlank().doesNotContain("\n");
                });
            }
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }
}
