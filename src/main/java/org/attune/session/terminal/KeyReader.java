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
        keys.bind(Key.ENTER, "\r", "\n");
        keys.bind(Key.SPACE, " ");
        keys.bind(Key.BACKSPACE, KeyMap.del(), KeyMap.ctrl('H'));
        keys.bind(Key.QUIT, KeyMap.ctrl('C'), KeyMap.ctrl('D'));
        keys.setUnicode(Key.CHARACTER);
        keys.setNomatch(Key.CHARACTER);
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
