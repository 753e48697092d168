package org.attune.cli;

/** Exit codes, as documented in the README. */
final class ExitCode {
    static final int OK = 0;
    static final int INVALID_INPUT = 1;
    static final int USAGE = 2;
    static final int INTERRUPTED = 130;

    private ExitCode() {}
}
