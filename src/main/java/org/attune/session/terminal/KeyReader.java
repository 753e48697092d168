package org.attune.session.terminal;

import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;

/** Reads one key at a time from a terminal in raw mode, arrows and all, through JLine's key maps. */
final class KeyReader {
    private final BindingReader reader;
    private final KeyMap<Key> keys = new KeyMap<>();

    KeyReader(Terminal terminal) {
        this.reader = new BindingReader(terminal.reader());
        bind(terminal, Key.UP, Capability.key_up, "\u001b[A", "\u001bOA");
        bind(terminal, Key.DOWN, Capability.key_down, "\u001b[B", "\u001bOB");
        bind(terminal, Key.LEFT, Capability.key_left, "\u001b[D", "\u001bOD");
        bind(terminal, Key.RIGHT, Capability.key_right, "\u001b[C", "\u001bOC");
        bind(terminal, Key.PAGE_UP, Capability.key_ppage, "\u001b[5~");
        bind(terminal, Key.PAGE_DOWN, Capability.key_npage, "\u001b[6~");
        bind(terminal, Key.HOME, Capability.key_home, "\u001b[H", "\u001bOH", "\u001b[1~", "\u001b[7~");
        bind(terminal, Key.END, Capability.key_end, "\u001b[F", "\u001bOF", "\u001b[4~", "\u001b[8~");
        keys.bind(Key.ENTER, "\r", "\n");
        keys.bind(Key.SPACE, " ");
        keys.bind(Key.BACKSPACE, KeyMap.del(), KeyMap.ctrl('H'));
        keys.bind(Key.BACK, KeyMap.ctrl('B'));
        keys.bind(Key.QUIT, KeyMap.ctrl('C'), KeyMap.ctrl('D'));
        keys.setUnicode(Key.CHARACTER);
        keys.setNomatch(Key.OTHER);
        keys.setAmbiguousTimeout(100);
        for (char c = 32; c < 127; c++) {
            keys.bindIfNotBound(Key.CHARACTER, String.valueOf(c));
        }
    }

    private void bind(Terminal terminal, Key key, Capability capability, String... fallbacks) {
        String sequence = KeyMap.key(terminal, capability);
        if (sequence != null && !sequence.isEmpty()) {
            keys.bind(key, sequence);
        }
        keys.bind(key, fallbacks);
    }

    /** The next key; null when the input has ended. */
    Key next() {
        return reader.readBinding(keys);
    }

    /** The character typed, for {@link Key#CHARACTER}. */
    String typed() {
        return reader.getLastBinding();
    }
}
