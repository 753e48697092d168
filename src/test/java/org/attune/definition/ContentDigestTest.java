package org.attune.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentDigestTest {
    @Test
    void theSha256OfTheBytesInHex() {
        // the SHA-256 test vector of FIPS 180-2 for "abc"
        ContentDigest digest = new ContentDigest("abc".getBytes(StandardCharsets.US_ASCII));
        assertThat(digest.hex()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(digest).isEqualTo(new ContentDigest("abc".getBytes(StandardCharsets.US_ASCII)))
                .isNotEqualTo(new ContentDigest("abd".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void laterChangesToTheBytesGivenDoNotChangeIt() {
        byte[] bytes = "abc".getBytes(StandardCharsets.US_ASCII);
        ContentDigest digest = new ContentDigest(bytes);
        bytes[0] = 'x';
        assertThat(digest.hex()).startsWith("ba7816bf");
    }

    @Test
    void aRecordedDigestIsTakenAsItIsWhenItIsOne() {
        byte[] bytes = "abc".getBytes(StandardCharsets.US_ASCII);
        String other = "0".repeat(64);
        assertThat(ContentDigest.recorded(bytes, other + "\n").hex()).isEqualTo(other);
        // anything else (a truncated file, upper case, a sum file's name after the digest) is worked out again
        for (String unusable : new String[] {"", "0".repeat(63), "A".repeat(64), other + "  file.yaml"}) {
            assertThat(ContentDigest.recorded(bytes, unusable).hex()).as(unusable).startsWith("ba7816bf");
        }
    }
}
