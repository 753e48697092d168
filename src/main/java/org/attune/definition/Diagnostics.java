package org.attune.definition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem of one run, so a user sees all of them at once, in file order. */
public final class Diagnostics {
    private final List<Diagnostic> found = new ArrayList<>();

    public void add(Diagnostic diagnostic) {
        found.add(diagnostic);
    }

    public void error(Location location, String message, String fix) {
        add(Diagnostic.at(location, message, fix));
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
}
