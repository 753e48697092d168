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
