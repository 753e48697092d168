package org.attune.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Decoding is lenient first and strict only when something was replaced, so both sides of that are checked here. */
class YamlTreeReaderEncodingTest {
    private final YamlTreeReader reader = new YamlTreeReader(YamlLimits.DEFAULT);

    @Test
    void theReplacementCharacterWrittenInUtf8IsText() {
        YamlTreeReader.Result result = reader.read("a.yaml", "a: x\uFFFDy\n".getBytes(StandardCharsets.UTF_8));
        assertThat(result.problems()).isEmpty();
        assertThat(((YamlScalar) ((YamlMap) result.root()).get("a")).text()).isEqualTo("x\uFFFDy");
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedEvenBesideAReplacementCharacter() {
        byte[] good = "a: \uFFFD\nb: ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 2];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xE9; // Latin-1 é
        bytes[good.length + 1] = '\n';
        YamlTreeReader.Result result = reader.read("a.yaml", bytes);
        assertThat(result.root()).isNull();
        assertThat(result.problems()).singleElement().extracting(d -> d.render())
                .isEqualTo("a.yaml:1:1: the file is not UTF-8 text; save it as UTF-8 (most editors offer this under 'encoding')");
    }

    @Test
    void aByteOrderMarkIsAllowed() {
        YamlTreeReader.Result result = reader.read("a.yaml", "\uFEFFa: 1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(result.problems()).isEmpty();
        assertThat(((YamlMap) result.root()).entries()).containsOnlyKeys("a");
    }
}
