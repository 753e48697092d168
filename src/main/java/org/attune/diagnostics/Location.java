package org.attune.diagnostics;

/** A place in a source file: 1-based line and column, as editors count them. */
public record Location(String file, int line, int column) {

    public static Location startOf(String file) {
        return new Location(file, 1, 1);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
