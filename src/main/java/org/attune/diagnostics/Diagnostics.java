package org.attune.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.attune.text.ControlCharacters;

/** Collects every problem of one run, so a user sees all of them at once, in file order. */
public final class Diagnostics {
    /**
     * How many problems of one file are shown: enough to fix a file by, few enough that a megabyte of
     * nonsense cannot flood a terminal or a log with messages.
     */
    public static final int SHOWN_PER_FILE = 100;

    private final List<Diagnostic> found = new ArrayList<>();

    public void add(Diagnostic diagnostic) {
        found.add(diagnostic);
    }

    public void error(Location location, String message, String fix) {
        add(Diagnostic.at(location, message, fix));
    }

    public int size() {
        return found.size();
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Diagnostic> sorted() {
        return found.stream()
                .sorted(Comparator.comparing((Diagnostic d) -> d.location().file())
                        .thenComparingInt(d -> d.location().line())
                        .thenComparingInt(d -> d.location().column()))
                .distinct()
                .toList();
    }

    /** The problems of one file to show: the first {@link #SHOWN_PER_FILE}. */
    public static List<Diagnostic> shown(List<Diagnostic> all) {
        return all.size() <= SHOWN_PER_FILE ? all : all.subList(0, SHOWN_PER_FILE);
    }

    /** The line that stands for the problems not shown, e.g. "... and 99,900 more like these". */
    public static String notShown(int count) {
        return "... and " + String.format(Locale.ROOT, "%,d", count) + " more like these";
    }

    /** Each shown problem as a line, then one line for the rest. */
    public static void render(List<Diagnostic> all, Consumer<String> line) {
        shown(all).forEach(d -> line.accept(d.render()));
        if (all.size() > SHOWN_PER_FILE) {
            String file = all.get(SHOWN_PER_FILE).location().file();
            line.accept(ControlCharacters.visible(file) + ": " + notShown(all.size() - SHOWN_PER_FILE));
        }
    }
}
