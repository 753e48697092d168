package org.attune.yaml;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.attune.diagnostics.Diagnostics;
import org.attune.diagnostics.Location;
import org.attune.text.Suggestions;

/**
 * Typed reads from one YAML mapping. Each wrong or missing value becomes a diagnostic and a
 * neutral fallback, so parsing goes on and every problem is reported in one run.
 */
public final class Fields {
    /** Keys whose text is shown on one line (lists, headings, option rows): a line break or tab there would break the layout. */
    private static final Set<String> ONE_LINE_KEYS = Set.of("id", "title", "label", "key", "version", "language", "scale", "questionnaire", "respondent");

    private final YamlMap map;
    private final String owner;
    private final Set<String> known;
    private final Diagnostics diagnostics;

    public Fields(YamlMap map, String owner, Set<String> known, Diagnostics diagnostics) {
        this.map = map;
        this.owner = owner;
        this.known = known;
        this.diagnostics = diagnostics;
        reportUnknownKeys();
    }

    /** Checks a node is a mapping before reading it; reports and returns empty otherwise. */
    public static Optional<Fields> of(YamlNode node, String owner, Set<String> known, Diagnostics diagnostics) {
        if (node instanceof YamlMap m) {
            return Optional.of(new Fields(m, owner, known, diagnostics));
        }
        diagnostics.error(node.location(), owner + " must be a mapping (key: value lines), not " + node.describe(),
                "indent its keys under it");
        return Optional.empty();
    }

    public Location location() {
        return map.location();
    }

    public Location keyLocation(String key) {
        YamlMap.Entry entry = map.entries().get(key);
        return entry == null ? map.location() : entry.keyLocation();
    }

    /** Where the value of {@code key} is written, or the key itself when the value is missing. */
    public Location valueLocation(String key) {
        YamlNode node = map.get(key);
        return node == null ? keyLocation(key) : node.location();
    }

    /** Names a mapping in messages by its id when it has one: "item 'q1'" rather than "an item". */
    public static String describe(YamlNode node, String kind) {
        if (node instanceof YamlMap m && m.get("id") instanceof YamlScalar s && !s.isNull() && !s.text().isBlank()) {
            return kind + " '" + s.text().strip() + "'";
        }
        return (kind.matches("[aeiou].*") ? "an " : "a ") + kind;
    }

    /** Whether the key is written at all, even with no value after it. */
    public boolean written(String key) {
        return map.entries().containsKey(key);
    }

    public boolean has(String key) {
        YamlNode node = map.get(key);
        return node != null && !(node instanceof YamlScalar s && s.isNull());
    }

    public Optional<YamlNode> node(String key) {
        return has(key) ? Optional.of(map.get(key)) : Optional.empty();
    }

    public Optional<YamlScalar> scalar(String key) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlScalar s) {
            return Optional.of(s);
        }
        wrongType(key, node.get(), "a single value");
        return Optional.empty();
    }

    public String requiredText(String key) {
        if (!has(key)) {
            missing(key);
            return "";
        }
        return optionalText(key, "");
    }

    public String optionalText(String key, String fallback) {
        Optional<YamlScalar> scalar = scalar(key);
        if (scalar.isEmpty()) {
            return fallback;
        }
        String text = scalar.get().text().strip();
        if (ONE_LINE_KEYS.contains(key) && (text.indexOf('\n') >= 0 || text.indexOf('\t') >= 0)) {
            diagnostics.error(scalar.get().location(), "'" + key + "' of " + owner + " must be one line, without line breaks or tabs",
                    "write it on one line; longer text belongs in a description, intro or help");
        }
        return text;
    }

    public int integer(String key, int fallback, int min, int max) {
        Optional<YamlScalar> scalar = scalar(key);
        if (scalar.isEmpty()) {
            return fallback;
        }
        YamlScalar s = scalar.get();
        if (s.type() != YamlScalar.Type.INTEGER) {
            wrongType(key, s, "a whole number");
            return fallback;
        }
        try {
            int value = Integer.parseInt(s.text());
            if (value < min || value > max) {
                diagnostics.error(s.location(), "'" + key + "' of " + owner + " is " + value + ", outside " + min + " to " + max,
                        "use a whole number from " + min + " to " + max);
                return fallback;
            }
            return value;
        } catch (NumberFormatException e) {
            wrongType(key, s, "a whole number from " + min + " to " + max);
            return fallback;
        }
    }

    public Optional<BigDecimal> decimal(String key) {
        return scalar(key).flatMap(s -> decimal(key, s));
    }

    public Optional<BigDecimal> decimal(String key, YamlScalar s) {
        Optional<BigDecimal> value = s.decimal();
        if (value.isEmpty() && s.isNumber()) {
            diagnostics.error(s.location(), "'" + key + "' of " + owner + " is written " + s.text() + ", which is not a plain decimal number",
                    YamlScalar.PLAIN_NUMBER_FIX);
        } else if (value.isEmpty()) {
            wrongType(key, s, "a number");
        }
        return value;
    }

    public boolean bool(String key, boolean fallback) {
        Optional<YamlScalar> scalar = scalar(key);
        if (scalar.isEmpty()) {
            return fallback;
        }
        String text = scalar.get().text();
        if (scalar.get().type() == YamlScalar.Type.BOOLEAN && (text.equals("true") || text.equals("false"))) {
            return Boolean.parseBoolean(text);
        }
        wrongType(key, scalar.get(), "true or false");
        return fallback;
    }

    /** A list under {@code key}; a missing key gives an empty list, reported only when required. */
    public List<YamlNode> list(String key, boolean required) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            if (required) {
                missing(key);
            }
            return List.of();
        }
        if (node.get() instanceof YamlList l) {
            return l.elements();
        }
        wrongType(key, node.get(), "a list (lines starting with '- ')");
        return List.of();
    }

    /** A list of texts, such as next steps or authors. */
    public List<String> texts(String key) {
        List<String> texts = new ArrayList<>();
        for (YamlNode element : list(key, false)) {
            if (element instanceof YamlScalar s && s.type() != YamlScalar.Type.NULL) {
                texts.add(s.text().strip());
            } else {
                diagnostics.error(element.location(), "each entry of '" + key + "' in " + owner + " must be a text, not " + element.describe(),
                        "write one text per '- ' line");
            }
        }
        return texts;
    }

    /** Reads a text that must be one of a fixed set, e.g. a kind or a method. */
    public <T> Optional<T> choice(String key, Function<String, Optional<T>> parse, List<String> allowed, boolean required) {
        Optional<YamlScalar> scalar = scalar(key);
        if (scalar.isEmpty()) {
            if (required && !has(key)) {
                missing(key, "one of: " + String.join(", ", allowed));
            }
            return Optional.empty();
        }
        Optional<T> value = parse.apply(scalar.get().text());
        if (value.isEmpty()) {
            diagnostics.error(scalar.get().location(), "'" + scalar.get().text() + "' is not a valid " + key + " for " + owner,
                    Suggestions.closest(scalar.get().text(), allowed).map(s -> "did you mean '" + s + "'?")
                            .orElse("use one of: " + String.join(", ", allowed)));
        }
        return value;
    }

    public void missing(String key) {
        missing(key, "");
    }

    private void missing(String key, String hint) {
        diagnostics.error(map.location(), owner + " has no '" + key + "'",
                "add '" + key + ":'" + (hint.isEmpty() ? "" : " with " + hint));
    }

    public void wrongType(String key, YamlNode node, String expected) {
        diagnostics.error(node.location(), "'" + key + "' of " + owner + " must be " + expected + ", not " + node.describe(),
                "write " + expected + " after '" + key + ":'");
    }

    private void reportUnknownKeys() {
        for (var entry : map.entries().entrySet()) {
            String key = entry.getKey();
            if (!known.contains(key)) {
                // past the problems shown per file a suggestion is hardly ever seen, and a megabyte of unknown keys would cost seconds
                String fix = diagnostics.size() >= Diagnostics.SHOWN_PER_FILE ? "remove it, or check its spelling"
                        : Suggestions.fixFor(key, new LinkedHashSet<>(known), "keys here");
                diagnostics.error(entry.getValue().keyLocation(), "unknown key '" + key + "' in " + owner, fix);
            }
        }
    }
}
