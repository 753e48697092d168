package org.attune.definition;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.attune.diagnostics.Diagnostics;
import org.attune.diagnostics.Location;

/** The ids of one kind of thing (items, scores, ...): checks their form and that each is used once. */
final class IdRegistry {
    /** Ids readable from expressions must be plain identifiers, or {@code answers.my-item} would subtract. */
    static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    private final String kind;
    private final Pattern form;
    private final Map<String, Location> seen = new LinkedHashMap<>();

    IdRegistry(String kind, Pattern form) {
        this.kind = kind;
        this.form = form;
    }

    /** Records an id, reporting a bad form or a duplicate; returns whether it was new and well formed. */
    boolean register(String id, Location at, Diagnostics diagnostics) {
        if (id.isEmpty()) {
            return false;
        }
        if (!form.matcher(id).matches()) {
            diagnostics.error(at, "'" + id + "' is not a valid " + kind + " id",
                    form == IDENTIFIER ? "use letters, digits and _ only, starting with a letter (e.g. " + id.replaceAll("[^A-Za-z0-9_]", "_") + ")"
                            : "use lower-case letters, digits, - and _ only");
            return false;
        }
        Location first = seen.putIfAbsent(id, at);
        if (first != null) {
            diagnostics.error(at, "duplicate " + kind + " id '" + id + "' (first used at line " + first.line() + ")",
                    "give each " + kind + " its own id");
            return false;
        }
        return true;
    }

    Set<String> ids() {
        return seen.keySet();
    }

    boolean contains(String id) {
        return seen.containsKey(id);
    }
}
