package org.attune.yaml;

import java.util.List;
import org.attune.diagnostics.Location;

public record YamlList(Location location, List<YamlNode> elements) implements YamlNode {

    public YamlList {
        elements = List.copyOf(elements);
    }

    @Override
    public String describe() {
        return "a list";
    }
}
