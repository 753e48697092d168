package org.attune.session.terminal;

/**
 * The keys a session understands; a printable character arrives as {@link #CHARACTER}, any other key or
 * control sequence as {@link #OTHER}.
 */
enum Key {
    UP, DOWN, LEFT, RIGHT, PAGE_UP, PAGE_DOWN, HOME, END, ENTER, SPACE, BACKSPACE, BACK, QUIT, CHARACTER, OTHER
}
