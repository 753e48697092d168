package org.attune.session.terminal;

import org.jline.utils.AttributedStyle;

/** The few looks a session screen uses; without colour, only bold and inverse remain. */
record Styles(boolean color) {

    AttributedStyle plain() {
        return AttributedStyle.DEFAULT;
    }

    AttributedStyle strong() {
        return AttributedStyle.BOLD;
    }

    AttributedStyle dim() {
        return color ? AttributedStyle.DEFAULT.faint() : AttributedStyle.DEFAULT;
    }

    AttributedStyle selected() {
        return color ? AttributedStyle.BOLD.foreground(AttributedStyle.CYAN) : AttributedStyle.BOLD;
    }

    AttributedStyle notice() {
        return color ? AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW) : AttributedStyle.DEFAULT;
    }

    AttributedStyle progress() {
        return color ? AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN) : AttributedStyle.DEFAULT;
    }
}
