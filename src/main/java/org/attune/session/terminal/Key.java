package org.attune.session.terminal;

/** The keys a session understands; anything else typed arrives as {@link #CHARACTER}. */
enum Key {
    UP, DOWN, LEFT, RIGHT, ENTER, SPACE, BACKSPACE, QUIT, CHARACTER
}
