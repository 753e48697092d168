package org.attune.definition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attune.diagnostics.Diagnostics;
import org.attune.text.Suggestions;
import org.attune.yaml.Fields;
import org.attune.yaml.YamlNode;
import org.attune.yaml.YamlScalar;

/** Reads {@code scores:}: subscales over items, their missing-data rule and bands. */
final class ScoreParser {
    static final Set<String> KEYS = Set.of("id", "title", "description", "items", "method", "minAnswered", "maxMissing", "missing",
            "fill", "decimals", "rounding", "bands", "reliability", "sd", "better", "cutoff");
    private static final List<String> HANDLING = List.of("prorate", "none", "fill");
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
        MissingItems missing = missingItems(f, owner, scored);
        int minAnswered = missing instanceof MissingItems.Complete ? count : minAnswered(f, owner, count);
        int decimals = f.integer("decimals", method == ScoreMethod.SUM ? 0 : 1, 0, 4);
        Rounding rounding = f.choice("rounding", Rounding::fromYaml,
                java.util.Arrays.stream(Rounding.values()).map(Rounding::yamlName).toList(), false).orElse(Rounding.HALF_UP);
        List<Band> bands = bands(f, owner);
        Optional<ItemRange> range = range(scored, method);
        checkBands(bands, rounding == Rounding.NONE ? Optional.empty() : Optional.of(decimals), range, owner);
        ChangeCriteria change = change(f, owner, range);
        return Optional.of(new Score(id, title, f.optionalText("description", ""),
                scored.stream().map(Item::id).toList(), method, minAnswered, decimals, bands, range, missing, rounding, change, f.location()));
    }

    /** {@code minAnswered: N}, {@code minAnswered: 80%} or {@code maxMissing: N}; by default every item. */
    private int minAnswered(Fields f, String owner, int count) {
        if (f.has("minAnswered") && f.has("maxMissing")) {
            diagnostics.error(f.keyLocation("maxMissing"), owner + " has both 'minAnswered' and 'maxMissing'", "keep one of them");
            return count;
        }
        if (f.has("maxMissing")) {
            int maxMissing = f.integer("maxMissing", 0, 0, Integer.MAX_VALUE);
            if (maxMissing >= count && count > 0) {
                diagnostics.error(f.valueLocation("maxMissing"), "'maxMissing' of " + owner + " is " + maxMissing + " but the score has " + count + " items",
                        "use a number from 0 to " + (count - 1));
            }
            return Math.max(1, count - maxMissing);
        }
        Optional<YamlScalar> written = f.scalar("minAnswered");
        if (written.isPresent() && written.get().text().strip().endsWith("%")) {
            return proportion(written.get(), owner, count);
        }
        int minAnswered = f.integer("minAnswered", count, 0, Integer.MAX_VALUE);
        if (f.has("minAnswered") && (minAnswered < 1 || minAnswered > count)) {
            diagnostics.error(f.keyLocation("minAnswered"), "'minAnswered' of " + owner + " is " + minAnswered + " but the score has " + count + " items",
                    "use a number from 1 to " + count);
        }
        return minAnswered;
    }

    /** A share of the items, rounded up: 80% of 9 items is 8 (7.2 answered items would not be enough). */
    private int proportion(YamlScalar written, String owner, int count) {
        String digits = written.text().strip();
        digits = digits.substring(0, digits.length() - 1).strip();
        if (!digits.matches("\\d{1,3}") || Integer.parseInt(digits) < 1 || Integer.parseInt(digits) > 100) {
            diagnostics.error(written.location(), "'minAnswered' of " + owner + " is '" + written.text() + "'",
                    "write a whole number of items, or a percentage from 1% to 100% such as 80%");
            return count;
        }
        int percent = Integer.parseInt(digits);
        return Math.max(1, (count * percent + 99) / 100);
    }

    private MissingItems missingItems(Fields f, String owner, List<Item> scored) {
        String handling = f.choice("missing", t -> HANDLING.contains(t) ? Optional.of(t) : Optional.empty(), HANDLING, false).orElse("prorate");
        if (!handling.equals("fill")) {
            if (f.has("fill")) {
                diagnostics.error(f.keyLocation("fill"), owner + " has 'fill' but its missing items are handled by '" + handling + "'",
                        "write 'missing: fill' to count missing items as the fill value, or remove 'fill'");
            }
            if (handling.equals("none") && (f.has("minAnswered") || f.has("maxMissing"))) {
                diagnostics.error(f.keyLocation("missing"), owner + " has 'missing: none', which scores only complete answers, and also "
                        + (f.has("minAnswered") ? "'minAnswered'" : "'maxMissing'"), "remove one of them");
            }
            return handling.equals("none") ? new MissingItems.Complete() : new MissingItems.Prorate();
        }
        Optional<BigDecimal> fill = f.has("fill") ? f.decimal("fill") : Optional.empty();
        if (fill.isEmpty()) {
            if (!f.has("fill")) {
                diagnostics.error(f.keyLocation("missing"), owner + " has 'missing: fill' but no 'fill' value", "add 'fill:' with the value a missing item counts as");
            }
            return new MissingItems.Prorate();
        }
        // one message for the first item the value does not fit, not one per item
        scored.stream().filter(item -> ItemRange.of(item).filter(r -> fill.get().compareTo(r.low()) < 0 || fill.get().compareTo(r.high()) > 0)
                .isPresent()).findFirst().ifPresent(item -> {
                    ItemRange r = ItemRange.of(item).orElseThrow();
                    diagnostics.error(f.valueLocation("fill"), "'fill' of " + owner + " is " + fill.get().toPlainString() + ", outside item '"
                            + item.id() + "' (" + r.low().toPlainString() + " to " + r.high().toPlainString() + ")",
                            "use a value every item can take");
                });
        return new MissingItems.Fill(fill.get());
    }

    /** {@code reliability}, {@code sd}, {@code better} and {@code cutoff}: what judging change between two results needs. */
    private ChangeCriteria change(Fields f, String owner, Optional<ItemRange> range) {
        Optional<BigDecimal> reliability = f.decimal("reliability");
        reliability.filter(r -> r.signum() <= 0 || r.compareTo(BigDecimal.ONE) >= 0).ifPresent(r -> diagnostics.error(f.valueLocation("reliability"),
                "'reliability' of " + owner + " is " + r.toPlainString() + ", but a reliability lies between 0 and 1",
                "write the published coefficient, such as Cronbach's alpha, e.g. 'reliability: 0.85'"));
        Optional<BigDecimal> sd = f.decimal("sd");
        sd.filter(d -> d.signum() <= 0).ifPresent(d -> diagnostics.error(f.valueLocation("sd"),
                "'sd' of " + owner + " is " + d.toPlainString() + ", but a standard deviation is above 0",
                "write the reference sample's standard deviation of this score, e.g. 'sd: 7.5'"));
        Optional<ChangeCriteria.Better> better = f.choice("better", ScoreParser::better, List.of("higher", "lower"), false);
        Optional<BigDecimal> cutoff = f.decimal("cutoff");
        if (f.has("reliability") != f.has("sd")) {
            String has = f.has("reliability") ? "reliability" : "sd";
            String lacks = f.has("reliability") ? "sd" : "reliability";
            diagnostics.error(f.keyLocation(has), owner + " has '" + has + "' but no '" + lacks + "'; reliable change needs both",
                    "add '" + lacks + ":' from the same published source, or remove '" + has + "'");
        }
        for (String key : List.of("reliability", "cutoff")) {
            if (f.has(key) && !f.has("better")) {
                diagnostics.error(f.keyLocation(key), owner + " has '" + key + "' but does not say which way is better",
                        "add 'better: higher' or 'better: lower'");
                break;
            }
        }
        if (cutoff.isPresent() && range.isPresent()
                && (cutoff.get().compareTo(range.get().low()) < 0 || cutoff.get().compareTo(range.get().high()) > 0)) {
            diagnostics.error(f.valueLocation("cutoff"), "'cutoff' of " + owner + " is " + cutoff.get().toPlainString()
                    + ", outside the values the score can take (" + range.get().low().toPlainString() + " to " + range.get().high().toPlainString() + ")",
                    "use a value from " + range.get().low().toPlainString() + " to " + range.get().high().toPlainString());
        }
        return new ChangeCriteria(reliability, sd, better, cutoff);
    }

    private static Optional<ChangeCriteria.Better> better(String text) {
        return switch (text) {
            case "higher" -> Optional.of(ChangeCriteria.Better.HIGHER);
            case "lower" -> Optional.of(ChangeCriteria.Better.LOWER);
            default -> Optional.empty();
        };
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
    /** With {@code decimals} empty the value is not rounded, so bands may leave gaps (a value in one goes to the lower band). */
    private void checkBands(List<Band> bands, Optional<Integer> rounded, Optional<ItemRange> range, String owner) {
        int decimals = rounded.orElse(0);
        BigDecimal step = BigDecimal.ONE.movePointLeft(decimals);
        for (int i = 1; i < bands.size(); i++) {
            Band previous = bands.get(i - 1);
            Band band = bands.get(i);
            if (band.min().compareTo(previous.max()) <= 0) {
                diagnostics.error(band.location(), "band '" + band.label() + "' of " + owner + " overlaps band '" + previous.label()
                        + "' (" + band.min().toPlainString() + " is not above " + previous.max().toPlainString() + ")",
                        "start it at " + previous.max().add(step).toPlainString() + ", and write bands from low to high");
            } else if (rounded.isPresent() && band.min().compareTo(previous.max().add(step)) > 0) {
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
