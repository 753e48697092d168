package org.attune.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WhitespaceTest {

    @Test
    void collapsesAsTheRegularExpressionDid() {
        assertThat(Whitespace.collapsed("  Think of\n  one client.\t ")).isEqualTo("Think of one client.");
        assertThat(Whitespace.collapsed("")).isEmpty();
        assertThat(Whitespace.collapsed(" \r\n\f\u000b ")).isEmpty();
    }

    @Test
    void agreesWithReplaceAllAndStripOnSeededText() {
        // U+2003 and U+00A0 are not \s, but strip() takes U+2003 at the ends: both must be kept alike
        char[] alphabet = {' ', '\t', '\n', '\r', '\f', '\u000b', 'a', '.', '\u2003', '\u00a0', '\u0085', '\u2028'};
        Random random = new Random(20261123L);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(10); n > 0; n--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = text.toString();
            assertThat(Whitespace.collapsed(s)).as("%s", s.chars().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(s.replaceAll("\\s+", " ").strip());
        }
    }
}
