package org.attune.definition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attune.diagnostics.Diagnostics;
import org.attune.diagnostics.Location;
import org.attune.yaml.Fields;
import org.attune.yaml.YamlNode;

/** Reads a list of response options, shared by scales and items with their own options. */
final class OptionParser {
    static final Set<String> KEYS = Set.of("value", "label", "key");

    private OptionParser() {}

    /**
     * {@code distinctValues} holds for single-choice options, where the value identifies the answer;
     * multiple-choice options may share a value (each picked option adds it).
     */
    static List<ResponseOption> parse(List<YamlNode> nodes, String owner, Location ownerAt, boolean distinctValues, Diagnostics diagnostics) {
        List<ResponseOption> options = new ArrayList<>();
        Map<String, Location> labels = new HashMap<>();
        Map<BigDecimal, Location> values = new HashMap<>();
        for (YamlNode node : nodes) {
            Optional<Fields> maybe = Fields.of(node, "an option of " + owner, KEYS, diagnostics);
            if (maybe.isEmpty()) {
                continue;
            }
            Fields f = maybe.get();
            String label = f.requiredText("label");
            String key = f.optionalText("key", "");
            if (!f.has("value")) {
                diagnostics.error(f.location(), "option '" + label + "' of " + owner + " has no value",
                        "add 'value:' with the number this answer scores");
            }
            Optional<BigDecimal> value = f.decimal("value");
            if (!key.isEmpty() && !IdRegistry.SLUG.matcher(key).matches()) {
                diagnostics.error(f.keyLocation("key"), "option key '" + key + "' of " + owner + " is not a valid key",
                        "use lower-case letters, digits, - and _ only");
            }
            String name = key.isEmpty() ? label : key;
            Location first = labels.putIfAbsent(name, f.location());
            if (first != null && !name.isEmpty()) {
                diagnostics.error(f.location(), "two options of " + owner + " are both called '" + name + "' (first at line " + first.line() + ")",
                        "give each option its own label or key");
            }
            if (value.isPresent() && distinctValues) {
                Location sameValue = values.putIfAbsent(value.get().stripTrailingZeros(), f.location());
                if (sameValue != null) {
                    diagnostics.error(f.keyLocation("value"), "two options of " + owner + " have the value " + value.get().toPlainString()
                            + " (first at line " + sameValue.line() + ")", "give each option its own value");
                }
            }
            options.add(new ResponseOption(value.orElse(BigDecimal.ZERO), label, key));
        }
        if (nodes.size() == 1) {
            diagnostics.error(ownerAt, owner + " has only one option", "give at least two options to choose from");
        }
        return options;
    }
}
