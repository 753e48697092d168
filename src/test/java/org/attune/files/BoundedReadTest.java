package org.attune.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundedReadTest {
    @TempDir
    Path dir;

    @Test
    void readsAFileUpToItsLimit() throws Exception {
        Path file = Files.write(dir.resolve("a.yaml"), new byte[100]);
        assertThat(BoundedRead.file(file, 100)).hasSize(100);
    }

    @Test
    void aFileOneBytePastItsLimitIsTooLarge() throws Exception {
        Path file = Files.write(dir.resolve("a.yaml"), new byte[101]);
        assertThatThrownBy(() -> BoundedRead.file(file, 100)).isInstanceOf(BoundedRead.TooLargeException.class);
    }

    @Test
    void readsEmptyAndLargeFilesWhole() throws Exception {
        byte[] large = new byte[300_000];
        large[large.length - 1] = 7;
        assertThat(BoundedRead.file(Files.write(dir.resolve("large"), large), 1024 * 1024)).isEqualTo(large);
        assertThat(BoundedRead.file(Files.write(dir.resolve("empty"), new byte[0]), 10)).isEmpty();
    }

    @Test
    void readsAStreamLongerThanItsFirstBuffer() throws Exception {
        byte[] written = new byte[50_000];
        written[written.length - 1] = 7;
        assertThat(BoundedRead.stream(new ByteArrayInputStream(written), 50_000, "x")).isEqualTo(written);
        assertThatThrownBy(() -> BoundedRead.stream(new ByteArrayInputStream(written), 49_999, "x"))
                .isInstanceOf(BoundedRead.TooLargeException.class);
    }

    @Test
    void stopsOneBytePastTheLimit() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 0;
            }
        };
        assertThatThrownBy(() -> BoundedRead.stream(endless, 1024, "standard input"))
                .isInstanceOf(BoundedRead.TooLargeException.class)
                .hasMessage("standard input is larger than 1 KiB, the most attune reads");
    }

    @Test
    void refusesAFolder() {
        assertThatThrownBy(() -> BoundedRead.file(dir, 10))
                .isInstanceOf(BoundedRead.NotARegularFileException.class)
                .hasMessageEndingWith("is a folder, not a regular file");
    }

    @Test
    void refusesADevice() {
        assertThatThrownBy(() -> BoundedRead.file(Path.of("/dev/zero"), 10))
                .isInstanceOf(BoundedRead.NotARegularFileException.class)
                .hasMessage("/dev/zero is a device, pipe or socket, not a regular file");
    }

    @Test
    void readsAStreamShorterThanTheLimit() throws Exception {
        assertThat(BoundedRead.stream(new ByteArrayInputStream(new byte[3]), 10, "x")).hasSize(3);
    }
}
