package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StdoutTest {

    @Test
    void encodedTextComesAfterTheTextPrintedBeforeIt() {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        Stdout out = Stdout.of(stream);
        out.print("Gefühl ");
        out.writeUtf8("“quoted” ".getBytes(StandardCharsets.UTF_8));
        out.print("end");
        out.flush();
        assertThat(stream.toString(StandardCharsets.UTF_8)).isEqualTo("Gefühl “quoted” end");
        assertThat(out.checkError()).isFalse();
    }

    @Test
    void aFailedWriteOfEncodedTextIsAnError() {
        OutputStream closedPipe = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        Stdout out = Stdout.of(closedPipe);
        // larger than the buffer, so the bytes reach the stream at once
        out.writeUtf8(new byte[64 * 1024]);
        assertThat(out.checkError()).isTrue();
    }
}
