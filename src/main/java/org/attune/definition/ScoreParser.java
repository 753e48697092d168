package org.attune.definition;

import org.attune.text.Suggestions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attune.definition.yaml.YamlNode;
import org.attune.definition.yaml.YamlScalar;

/** Reads {@code scores:}: subscales over items, their missing-data rule and bands. */
final class ScoreParser {
    static final Set<String> KEYS = Set.of("id", "title", "description", "items", "method", "minAnswered", "decimals", "bands");
    static final Set<String> BAND_KEYS = Set.of("min", "max", "label", "meaning");

    private final Map<String, Item> items;
    private final Diagnostics diagnostics;

    ScoreParser(Map<String, Item> items, Diagnostics diagnostics) {
        this.items = items;
        this.diagnostics = diagnostics;
    }

    Optional<Score> parse(YamlNode node, IdRegistry ids) {
        String owner = Fields.describe(node, "score");
        Optional<Fields> maybe = Fields.of(node, owner, KEYS, diagnostics);
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        Fields f = maybe.get();
        String id = f.requiredText("id");
        ids.register(id, f.valueLocation("id"), diagnostics);
        String title = f.requiredText("title");
        List<Item> scored = scoredItems(f, owner);
        ScoreMethod method = f.choice("method", ScoreParser::method, List.of("sum", "mean"), true).orElse(ScoreMethod.SUM);
        int count = f.list("items", false).size();
        int minAnswered = f.integer("minAnswered", count, 0, Integer.MAX_VALUE);
        if (f.has("minAnswered") && (minAnswered < 1 || minAnswered > count)) {
            diagnostics.error(f.keyLocation("minAnswered"), "'minAnswered' of " + owner + " is " + minAnswered + " but the score has " + count + " items",
                    "use a number from 1 to " + count);
        }
        int decimals = f.integer("decimals", method == ScoreMethod.SUM ? 0 : 1, 0, 4);
        List<Band> bands = bands(f, owner);
        Optional<ItemRange> range = range(scored, method);
        checkBands(bands, decimals, range, owner);
        return Optional.of(new Score(id, title, f.optionalText("description", ""),
                scored.stream().map(Item::id).toList(), method, minAnswered, decimals, bands, range, f.location()));
    }

    private static Optional<ScoreMethod> method(String text) {
        return switch (text) {
            case "sum" -> Optional.of(ScoreMethod.SUM);
            case "mean" -> Optional.of(ScoreMethod.MEAN);
            default -> Optional.empty();
        };
    }

    private List<Item> scoredItems(Fields f, String owner) {
        List<Item> scored = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlNode node : f.list("items", true)) {
            if (!(node instanceof YamlScalar s) || s.isNull()) {
                diagnostics.error(node.location(), "each entry of 'items' in " + owner + " must be an item id", "write one item id per '- ' line");
                continue;
            }
            Item item = items.get(s.text());
            if (item == null) {
                diagnostics.error(s.location(), owner + " uses item '" + s.text() + "', which does not exist",
                        Suggestions.fixFor(s.text(), items.keySet(), "item ids"));
            } else if (item instanceof Item.FreeText || item instanceof Item.Information) {
                diagnostics.error(s.location(), owner + " uses item '" + s.text() + "', a " + item.kind() + " item, which has no score",
                        "score only choice, multi, yesno and number items");
            } else if (!seen.add(item.id())) {
                diagnostics.error(s.location(), owner + " lists item '" + s.text() + "' twice", "list each item once; use 'weight' to count it more");
            } else {
                scored.add(item);
            }
        }
        return scored;
    }

    private List<Band> bands(Fields f, String owner) {
        List<Band> bands = new ArrayList<>();
        for (YamlNode node : f.list("bands", false)) {
            Optional<Fields> maybe = Fields.of(node, "a band of " + owner, BAND_KEYS, diagnostics);
            if (maybe.isEmpty()) {
                continue;
            }
            Fields b = maybe.get();
            String label = b.requiredText("label");
            Optional<BigDecimal> min = b.has("min") ? b.decimal("min") : missing(b);
            Optional<BigDecimal> max = b.has("max") ? b.decimal("max") : missing(b);
            if (min.isPresent() && max.isPresent()) {
                if (min.get().compareTo(max.get()) > 0) {
                    diagnostics.error(b.keyLocation("max"), "band '" + label + "' of " + owner + " ends (" + max.get().toPlainString()
                            + ") below where it starts (" + min.get().toPlainString() + ")", "swap min and max");
                }
                bands.add(new Band(min.get(), max.get(), label, b.optionalText("meaning", ""), b.location()));
            }
        }
        return bands;
    }

    private Optional<BigDecimal> missing(Fields band) {
        band.missing(band.has("min") ? "max" : "min");
        return Optional.empty();
    }

    /** Bands are written from low to high; consecutive ones must meet exactly, one rounding step apart. */
    private void checkBands(List<Band> bands, int decimals, Optional<ItemRange> range, String owner) {
        BigDecimal step = BigDecimal.ONE.movePointLeft(decimals);
        for (int i = 1; i < bands.size(); i++) {
            Band previous = bands.get(i - 1);
            Band band = bands.get(i);
            if (band.min().compareTo(previous.max()) <= 0) {
                diagnostics.error(band.location(), "band '" + band.label() + "' of " + owner + " overlaps band '" + previous.label()
                        + "' (" + band.min().toPlainString() + " is not above " + previous.max().toPlainString() + ")",
                        "start it at " + previous.max().add(step).toPlainString() + ", and write bands from low to high");
            } else if (band.min().compareTo(previous.max().add(step)) > 0) {
                diagnostics.error(band.location(), "there is a gap between band '" + previous.label() + "' (up to "
                        + previous.max().toPlainString() + ") and band '" + band.label() + "' (from " + band.min().toPlainString() + ") of " + owner,
                        "start it at " + previous.max().add(step).toPlainString() + " (scores are rounded to " + decimals + (decimals == 1 ? " decimal)" : " decimals)"));
            }
        }
        if (bands.isEmpty() || range.isEmpty()) {
            return;
        }
        BigDecimal low = range.get().low();
        BigDecimal high = range.get().high();
        Band first = bands.get(0);
        Band last = bands.get(bands.size() - 1);
        if (first.min().compareTo(low) > 0) {
            diagnostics.error(first.location(), "the bands of " + owner + " start at " + first.min().toPlainString()
                    + " but the score can be as low as " + low.toPlainString(), "start the first band at " + low.toPlainString());
        }
        if (last.max().compareTo(high) < 0) {
            diagnostics.error(last.location(), "the bands of " + owner + " end at " + last.max().toPlainString()
                    + " but the score can be as high as " + high.toPlainString(), "end the last band at " + high.toPlainString());
        }
    }

    /** The lowest and highest value the score can take, when every item is bounded. Reverse scoring keeps the range. */
    private static Optional<ItemRange> range(List<Item> scored, ScoreMethod method) {
        if (scored.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal low = null;
        BigDecimal high = null;
        for (Item item : scored) {
            Optional<ItemRange> r = ItemRange.of(item);
            if (r.isEmpty()) {
                return Optional.empty();
            }
            BigDecimal weight = method == ScoreMethod.SUM ? item.common().weight() : BigDecimal.ONE;
            BigDecimal lo = r.get().low().multiply(weight);
            BigDecimal hi = r.get().high().multiply(weight);
            if (method == ScoreMethod.SUM) {
                low = low == null ? lo : low.add(lo);
                high = high == null ? hi : high.add(hi);
            } else {
                low = low == null ? lo : low.min(lo);
                high = high == null ? hi : high.max(hi);
            }
        }
        return Optional.of(new ItemRange(low, high));
    }
}
