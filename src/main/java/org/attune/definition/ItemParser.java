package org.attune.definition;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attune.diagnostics.Diagnostics;
import org.attune.text.Suggestions;
import org.attune.yaml.Fields;
import org.attune.yaml.YamlNode;

/** Reads one item of a section, by its {@code type}. */
final class ItemParser {
    static final List<String> TYPES = List.of("choice", "multi", "yesno", "number", "text", "info");
    private static final Set<String> COMMON = Set.of("id", "type", "text", "help", "showIf");
    private static final Set<String> ANSWERED = Set.of("required");
    /** Free text has no "prefer not to answer": leaving it empty says the same. */
    private static final Set<String> DECLINABLE = Set.of("declinable");
    private static final Set<String> SCORED = Set.of("reverse", "weight");
    private static final Map<String, Set<String>> OWN_KEYS = Map.of(
            "choice", union(ANSWERED, DECLINABLE, SCORED, Set.of("scale", "options")),
            "multi", union(ANSWERED, DECLINABLE, Set.of("weight", "options")),
            "yesno", union(ANSWERED, DECLINABLE, SCORED),
            "number", union(ANSWERED, DECLINABLE, SCORED, Set.of("min", "max")),
            "text", union(ANSWERED, Set.of("multiline", "private", "maxLength")),
            "info", Set.of());
    private static final int DEFAULT_TEXT_LENGTH = 2000;

    private final Map<String, Scale> scales;
    private final ConditionCompiler conditions;
    private final Diagnostics diagnostics;

    ItemParser(Map<String, Scale> scales, ConditionCompiler conditions, Diagnostics diagnostics) {
        this.scales = scales;
        this.conditions = conditions;
        this.diagnostics = diagnostics;
    }

    /** Every key an item of this type may have. */
    static Set<String> keysOf(String type) {
        return union(COMMON, OWN_KEYS.get(type));
    }

    /**
     * Parses an item; {@code scope} is what its showIf may read, {@code declinableBySection} whether its
     * section offers "prefer not to answer" unless the item says otherwise.
     */
    Optional<Item> parse(YamlNode node, NameScope scope, IdRegistry ids, boolean declinableBySection) {
        String type = textOf(node, "type");
        boolean typed = OWN_KEYS.containsKey(type);
        Set<String> known = typed ? keysOf(type) : allKeys();
        String owner = Fields.describe(node, "item");
        Optional<Fields> maybe = Fields.of(node, owner + (typed ? " (type " + type + ")" : ""), known, diagnostics);
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        Fields f = maybe.get();
        String id = f.requiredText("id");
        ids.register(id, f.valueLocation("id"), diagnostics);
        Optional<String> kind = f.choice("type", t -> TYPES.contains(t) ? Optional.of(t) : Optional.empty(), TYPES, true);
        String text = f.requiredText("text");
        Optional<Condition> showIf = f.scalar("showIf")
                .flatMap(s -> conditions.compile(s, scope.within("the showIf of " + owner), diagnostics));
        boolean answered = !"info".equals(type);
        BigDecimal weight = f.decimal("weight").orElse(BigDecimal.ONE);
        if (weight.signum() <= 0) {
            diagnostics.error(f.keyLocation("weight"), "'weight' of " + owner + " must be above 0", "use a positive number such as 1 or 2");
        }
        ItemCommon common = new ItemCommon(id, f.location(), text, f.optionalText("help", ""),
                answered && f.bool("required", !"text".equals(type)), answered && !"text".equals(type) && f.bool("declinable", declinableBySection),
                f.bool("reverse", false), weight, showIf);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(switch (kind.get()) {
            case "choice" -> choice(f, common, owner);
            case "multi" -> new Item.MultipleChoice(common, ownOptions(f, owner, false));
            case "yesno" -> new Item.YesNo(common);
            case "number" -> number(f, common, owner);
            case "text" -> new Item.FreeText(common, f.bool("multiline", false), f.bool("private", false),
                    f.integer("maxLength", DEFAULT_TEXT_LENGTH, 1, 20_000));
            default -> new Item.Information(common);
        });
    }

    private Item choice(Fields f, ItemCommon common, String owner) {
        boolean hasScale = f.has("scale");
        boolean hasOptions = f.has("options");
        if (hasScale == hasOptions) {
            diagnostics.error(f.location(), owner + " needs either 'scale:' or 'options:'" + (hasScale ? ", not both" : ""),
                    "name a scale from 'scales:' or list its own options");
        }
        if (hasScale) {
            String scaleId = f.optionalText("scale", "");
            Scale scale = scales.get(scaleId);
            if (scale == null) {
                diagnostics.error(f.scalar("scale").map(s -> s.location()).orElse(f.location()),
                        owner + " uses scale '" + scaleId + "', which does not exist",
                        Suggestions.fixFor(scaleId, scales.keySet(), "scales"));
                return new Item.SingleChoice(common, Optional.of(scaleId), List.of());
            }
            return new Item.SingleChoice(common, Optional.of(scaleId), scale.options());
        }
        return new Item.SingleChoice(common, Optional.empty(), hasOptions ? ownOptions(f, owner, true) : List.of());
    }

    private List<ResponseOption> ownOptions(Fields f, String owner, boolean distinctValues) {
        return OptionParser.parse(f.list("options", true), owner, f.keyLocation("options"), distinctValues, diagnostics);
    }

    private Item number(Fields f, ItemCommon common, String owner) {
        Optional<BigDecimal> min = f.decimal("min");
        Optional<BigDecimal> max = f.decimal("max");
        if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            diagnostics.error(f.keyLocation("max"), "'max' of " + owner + " is below its 'min'", "swap them");
        }
        if (common.reverse() && (min.isEmpty() || max.isEmpty())) {
            diagnostics.error(f.keyLocation("reverse"), "a reverse-scored number item needs both 'min' and 'max'",
                    "add min and max, so the reversed value is min + max - answer");
        }
        return new Item.NumberItem(common, min, max);
    }

    private static String textOf(YamlNode node, String key) {
        if (node instanceof org.attune.yaml.YamlMap map
                && map.get(key) instanceof org.attune.yaml.YamlScalar s) {
            return s.text();
        }
        return "";
    }

    private static Set<String> allKeys() {
        Set<String> all = new HashSet<>(COMMON);
        OWN_KEYS.values().forEach(all::addAll);
        return all;
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return Set.copyOf(all);
    }
}
