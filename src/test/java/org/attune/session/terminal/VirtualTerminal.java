package org.attune.session.terminal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;

/** An xterm of a fixed size that is fed key sequences and records everything drawn on it. */
final class VirtualTerminal implements AutoCloseable {
    static final String UP = "\u001b[A";
    static final String DOWN = "\u001b[B";
    static final String LEFT = "\u001b[D";
    static final String ENTER = "\r";
    static final String CTRL_C = "\u0003";

    final Terminal terminal;
    private final PipedOutputStream keys;
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

    VirtualTerminal(int columns, int rows) throws IOException {
        PipedInputStream in = new PipedInputStream(64 * 1024);
        keys = new PipedOutputStream(in);
        // an external terminal writes straight to the stream, so what is drawn can be read at once
        terminal = new ExternalTerminal("virtual", "xterm-256color", in, screen, StandardCharsets.UTF_8);
        terminal.setSize(Size.of(columns, rows));
    }

    VirtualTerminal type(String... sequences) throws IOException {
        for (String sequence : sequences) {
            keys.write(sequence.getBytes(StandardCharsets.UTF_8));
        }
        keys.flush();
        return this;
    }

    /** Everything written so far, as raw bytes decoded (escape sequences included). */
    String raw() {
        return screen.toString(StandardCharsets.UTF_8);
    }

    /** What was drawn, with escape sequences removed. */
    String text() {
        return raw().replaceAll("\u001b\\[[0-9;?$]*[A-Za-z]", "").replaceAll("\u001b[()][A-Z0-9]", "").replaceAll("\u001b[=>]", "");
    }

    void clear() {
        screen.reset();
    }

    @Override
    public void close() throws IOException {
        keys.close();
        terminal.close();
    }
}
