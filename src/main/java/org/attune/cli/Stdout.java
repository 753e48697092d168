package org.attune.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Standard output: text, as any {@link PrintWriter}, and text already encoded as UTF-8, which a batch's
 * threads make beside the reports so that the thread printing them only copies bytes. Errors of either
 * kind show in {@link #checkError()}.
 */
public final class Stdout extends PrintWriter {
    private final OutputStream bytes;

    private Stdout(OutputStream bytes) {
        super(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), true);
        this.bytes = bytes;
    }

    /** Text encoded as UTF-8 into {@code stream}, buffered. */
    public static Stdout of(OutputStream stream) {
        return new Stdout(new BufferedOutputStream(stream));
    }

    /** Writes text given as UTF-8, after the text printed before it. */
    void writeUtf8(byte[] utf8) {
        flush(); // the text printed before, down to the stream
        try {
            bytes.write(utf8);
        } catch (IOException e) {
            setError();
        }
    }
}
