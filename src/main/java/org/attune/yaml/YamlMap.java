package org.attune.yaml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.attune.diagnostics.Location;

/** A mapping in source order; each entry keeps where its key was written. */
public record YamlMap(Location location, Map<String, Entry> entries) implements YamlNode {

    public record Entry(Location keyLocation, YamlNode value) {}

    public YamlMap {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public YamlNode get(String key) {
        Entry entry = entries.get(key);
        return entry == null ? null : entry.value();
    }

    @Override
    public String describe() {
        return "a mapping";
    }
}
