package org.attune.session.terminal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.attune.session.TitleCard;
import org.jline.nativ.CLibrary;
import org.jline.utils.AttributedString;

/**
 * The title screen written to the terminal before JLine's terminal is built, which takes a good part of a
 * start: the size comes from the kernel through JLine's native library, and the escape sequences are the few
 * standard ones of the terminal types whose capabilities attune already assumes (xterm, screen, tmux). The
 * session then draws the same lines over it, so nothing visibly changes when it takes over.
 */
public final class EarlyTitle {
    private static final String HIDE_CURSOR_CLEAR_HOME = "\u001b[?25l\u001b[H\u001b[2J";
    private static final String HOME = "\u001b[H";
    private final OutputStream out;
    private final String leave;
    private final Thread restore;
    private boolean drawn; // guarded by this, as is ending
    private boolean ending;

    private EarlyTitle(OutputStream out, String leave) {
        this.out = out;
        this.leave = leave;
        // until the session has the screen, a Ctrl-C (still a signal then) must not leave the title behind
        this.restore = new Thread(this::end, "attune-restore-early-title");
    }

    /**
     * Draws the title screen of {@code card} when the terminal's type and size are known and its locale is UTF-8
     * (the text is written as UTF-8: in another encoding a line could come out wider than the one the session
     * then draws over it); otherwise draws nothing. Nothing is drawn once the process has begun to end.
     */
    public static Optional<EarlyTitle> paint(String type, TitleCard card, boolean color, boolean unicode) {
        Optional<AlternateScreen> screen = unicode ? AlternateScreen.of(type) : Optional.empty();
        Optional<int[]> size = screen.isPresent() ? size() : Optional.empty();
        if (size.isEmpty()) {
            return Optional.empty();
        }
        EarlyTitle title = new EarlyTitle(new FileOutputStream(FileDescriptor.out), screen.get().leave());
        // the hook before the title: a Ctrl-C that comes while it is written then finds it to take away
        try {
            Runtime.getRuntime().addShutdownHook(title.restore);
        } catch (IllegalStateException alreadyEnding) {
            return Optional.empty(); // a Ctrl-C came first
        }
        if (!title.draw(screenText(screen.get(), card, color, unicode, size.get()[0], size.get()[1]))) {
            title.forgetRestore();
            return Optional.empty();
        }
        return Optional.of(title);
    }

    private synchronized boolean draw(String text) {
        if (ending) {
            return false;
        }
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
            drawn = true;
        } catch (IOException e) {
            return false;
        }
        return true;
    }

    /** Everything written: into the alternate screen, the title screen's lines, and the cursor back to the top-left. */
    static String screenText(AlternateScreen screen, TitleCard card, boolean color, boolean unicode, int columns, int rows) {
        Styles styles = new Styles(color);
        List<AttributedString> lines = TerminalPrompter.screenLines(
                canvas -> TitleScreen.draw(canvas, card, "", Optional.empty(), styles, unicode), columns, rows, styles);
        StringBuilder text = new StringBuilder(screen.enter()).append(HIDE_CURSOR_CLEAR_HOME);
        for (int i = 0; i < lines.size(); i++) {
            text.append(i == 0 ? "" : "\r\n").append(lines.get(i).toAnsi());
        }
        // the session's drawing starts where it assumes the cursor is: the top-left corner
        return text.append(HOME).toString();
    }

    /** Columns and rows of the terminal on standard output, when it is one. */
    private static Optional<int[]> size() {
        try {
            CLibrary.WinSize size = new CLibrary.WinSize();
            if (CLibrary.ioctl(1, CLibrary.TIOCGWINSZ, size) != 0 || size.ws_col <= 0 || size.ws_row <= 0) {
                return Optional.empty();
            }
            return Optional.of(new int[] {size.ws_col, size.ws_row});
        } catch (LinkageError | RuntimeException noNativeLibrary) {
            return Optional.empty();
        }
    }

    /** The session has the screen now, and gives the terminal back when it ends. */
    public void handOver() {
        forgetRestore();
    }

    /** Leaves the title screen when no session will take it over. */
    public void erase() {
        synchronized (this) {
            leave();
        }
        forgetRestore();
    }

    /** The process is ending: the title is taken away, and nothing is drawn after that. */
    private synchronized void end() {
        ending = true;
        leave();
    }

    private void leave() {
        if (!drawn) {
            return;
        }
        drawn = false;
        try {
            out.write(leave.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            // the terminal is gone; there is nothing left to restore
        }
    }

    private void forgetRestore() {
        try {
            Runtime.getRuntime().removeShutdownHook(restore);
        } catch (IllegalStateException alreadyEnding) {
            // the hook runs anyway
        }
    }

    /**
     * How a terminal type enters and leaves the alternate screen, as its terminfo entry says; only for the
     * types whose capabilities the session is sure to have too (see {@link SystemTerminal}), so that it
     * leaves the alternate screen as it was entered.
     */
    record AlternateScreen(String enter, String leave) {
        private static final AlternateScreen XTERM = new AlternateScreen("\u001b[?1049h\u001b[22;0;0t", "\u001b[?1049l\u001b[23;0;0t\u001b[?25h");
        private static final AlternateScreen SCREEN = new AlternateScreen("\u001b[?1049h", "\u001b[?1049l\u001b[?25h");

        static Optional<AlternateScreen> of(String type) {
            if (type == null) {
                return Optional.empty();
            }
            return switch (type) {
                case "xterm", "xterm-256color" -> Optional.of(XTERM);
                case "screen", "screen-256color", "tmux", "tmux-256color" -> Optional.of(SCREEN);
                default -> Optional.empty();
            };
        }
    }
}
