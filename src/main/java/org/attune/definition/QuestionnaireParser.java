package org.attune.definition;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.attune.condition.Root;
import org.attune.condition.ValueType;
import org.attune.diagnostics.Diagnostics;
import org.attune.text.Suggestions;
import org.attune.yaml.Fields;
import org.attune.yaml.YamlMap;
import org.attune.yaml.YamlNode;
import org.attune.yaml.YamlScalar;

/**
 * Turns a YAML tree into a {@link Questionnaire}, checking every rule of format version 1.
 * Parts are read in dependency order (scales, items, scores, flags, recommendations), so each
 * reference can be checked against what it may name.
 */
final class QuestionnaireParser {
    static final int FORMAT_VERSION = FormatVersion.CURRENT;
    static final int MAX_ITEMS = 500;
    static final Set<String> KEYS = Set.of("format", "id", "version", "title", "description", "instructions", "language",
            "authors", "licence", "attribution", "estimatedMinutes", "scales", "sections", "scores", "flags", "recommendations",
            "endingChecklist");
    static final Set<String> SCALE_KEYS = Set.of("id", "options");
    static final Set<String> SECTION_KEYS = Set.of("id", "title", "intro", "declinable", "items");
    private static final Pattern SEMVER = Pattern.compile(
            "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private final ConditionCompiler conditions;
    private final Diagnostics diagnostics;

    QuestionnaireParser(ConditionCompiler conditions, Diagnostics diagnostics) {
        this.conditions = conditions;
        this.diagnostics = diagnostics;
    }

    Optional<Questionnaire> parse(YamlNode root, String source, ContentDigest digest) {
        Optional<Fields> maybe = Fields.of(root, "the questionnaire", KEYS, diagnostics);
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        Fields f = maybe.get();
        Header header = header(f);
        Map<String, Scale> scales = scales(f);
        List<Section> sections = sections(f, scales);
        Map<String, Item> items = new LinkedHashMap<>();
        sections.forEach(s -> s.items().forEach(i -> items.putIfAbsent(i.id(), i)));
        List<Score> scores = scores(f, items);
        Map<Root, Map<String, ValueType>> readable = new EnumMap<>(Root.class);
        readable.put(Root.ANSWERS, answerTypes(items.values()));
        readable.put(Root.SCORES, scoreTypes(scores, ConditionTypes::value));
        readable.put(Root.BANDS, scoreTypes(scores, ConditionTypes::band));
        NameScope flagScope = new NameScope("", Map.copyOf(readable), Set.of());
        RuleParser rules = new RuleParser(conditions, diagnostics);
        IdRegistry flagIds = new IdRegistry("flag", IdRegistry.IDENTIFIER);
        List<Flag> flags = new ArrayList<>();
        f.list("flags", false).forEach(n -> rules.flag(n, flagScope, flagIds).ifPresent(flags::add));
        Map<String, ValueType> flagTypes = new LinkedHashMap<>();
        flagIds.ids().forEach(id -> flagTypes.put(id, new ValueType.Flag()));
        readable.put(Root.FLAGS, flagTypes);
        NameScope recommendationScope = new NameScope("", Map.copyOf(readable), Set.of());
        IdRegistry recommendationIds = new IdRegistry("recommendation", IdRegistry.SLUG);
        List<Recommendation> recommendations = new ArrayList<>();
        List<YamlNode> recommendationNodes = f.list("recommendations", true);
        recommendationNodes.forEach(n -> rules.recommendation(n, recommendationScope, recommendationIds).ifPresent(recommendations::add));
        checkDefault(f, recommendationNodes);
        checkFlagTargets(flags, recommendationIds, f);
        checkDeclinableReads(flags, items);
        checkRulesOut(flags, recommendations, recommendationIds);
        checkTies(recommendations);
        List<String> checklist = f.texts("endingChecklist");
        if (!diagnostics.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Questionnaire(header, List.copyOf(scales.values()), sections, scores, flags, recommendations,
                checklist, source, digest));
    }

    private Header header(Fields f) {
        if (!f.has("format")) {
            f.missing("format");
        } else {
            YamlScalar format = f.scalar("format").orElse(null);
            if (format != null && !String.valueOf(FORMAT_VERSION).equals(format.text())) {
                diagnostics.error(format.location(), "format " + format.text() + " is not supported; this attune reads format " + FORMAT_VERSION,
                        "write 'format: " + FORMAT_VERSION + "', or use the attune version the file was written for");
            }
        }
        String id = f.requiredText("id");
        if (!id.isEmpty() && !IdRegistry.SLUG.matcher(id).matches()) {
            diagnostics.error(f.keyLocation("id"), "'" + id + "' is not a valid questionnaire id", "use lower-case letters, digits and - (e.g. my-check)");
        }
        String version = f.requiredText("version");
        if (!version.isEmpty() && !SEMVER.matcher(version).matches()) {
            diagnostics.error(f.scalar("version").map(YamlScalar::location).orElse(f.location()),
                    "version '" + version + "' is not a semantic version", "write MAJOR.MINOR.PATCH, e.g. 1.0.0 (quote it if YAML reads it as a number)");
        }
        String language = f.optionalText("language", "en");
        if (!LANGUAGE.matcher(language).matches()) {
            diagnostics.error(f.keyLocation("language"), "'" + language + "' is not a language tag", "use a tag such as en, de or en-GB");
        }
        if (!f.has("estimatedMinutes")) {
            f.missing("estimatedMinutes");
        }
        return new Header(FORMAT_VERSION, id, version, f.requiredText("title"), f.optionalText("description", ""),
                f.optionalText("instructions", ""), language, f.texts("authors"), f.optionalText("licence", ""),
                f.optionalText("attribution", ""), f.integer("estimatedMinutes", 1, 1, 600));
    }

    private Map<String, Scale> scales(Fields f) {
        Map<String, Scale> scales = new LinkedHashMap<>();
        IdRegistry ids = new IdRegistry("scale", IdRegistry.SLUG);
        for (YamlNode node : f.list("scales", false)) {
            Fields.of(node, Fields.describe(node, "scale"), SCALE_KEYS, diagnostics).ifPresent(s -> {
                String id = s.requiredText("id");
                List<ResponseOption> options = OptionParser.parse(s.list("options", true), "scale '" + id + "'", s.keyLocation("options"), true, diagnostics);
                if (ids.register(id, s.valueLocation("id"), diagnostics)) {
                    scales.put(id, new Scale(id, options));
                }
            });
        }
        return scales;
    }

    private List<Section> sections(Fields f, Map<String, Scale> scales) {
        List<Section> sections = new ArrayList<>();
        IdRegistry sectionIds = new IdRegistry("section", IdRegistry.SLUG);
        IdRegistry itemIds = new IdRegistry("item", IdRegistry.IDENTIFIER);
        List<String> allItemIds = writtenItemIds(f);
        Map<String, ValueType> earlierQuestions = new LinkedHashMap<>();
        ItemParser parser = new ItemParser(scales, conditions, diagnostics);
        int position = 0;
        List<YamlNode> sectionNodes = f.list("sections", true);
        if (f.has("sections") && sectionNodes.isEmpty()) {
            diagnostics.error(f.keyLocation("sections"), "the questionnaire has no sections", "add at least one section with items");
        }
        for (YamlNode node : sectionNodes) {
            Optional<Fields> maybe = Fields.of(node, Fields.describe(node, "section"), SECTION_KEYS, diagnostics);
            if (maybe.isEmpty()) {
                continue;
            }
            Fields s = maybe.get();
            String id = s.requiredText("id");
            sectionIds.register(id, s.valueLocation("id"), diagnostics);
            List<Item> items = new ArrayList<>();
            boolean declinable = s.bool("declinable", false);
            List<YamlNode> itemNodes = s.list("items", true);
            if (s.has("items") && itemNodes.isEmpty()) {
                diagnostics.error(s.keyLocation("items"), "section '" + id + "' has no items", "add items or remove the section");
            }
            for (YamlNode itemNode : itemNodes) {
                if (++position > MAX_ITEMS) {
                    diagnostics.error(itemNode.location(), "the questionnaire has more than " + MAX_ITEMS + " items",
                            "split it into several questionnaires");
                    return sections;
                }
                Set<String> later = new LinkedHashSet<>(allItemIds.subList(Math.min(position - 1, allItemIds.size()), allItemIds.size()));
                NameScope scope = new NameScope("", Map.of(Root.ANSWERS, new LinkedHashMap<>(earlierQuestions)), later);
                parser.parse(itemNode, scope, itemIds, declinable).ifPresent(item -> {
                    items.add(item);
                    ConditionTypes.of(item).ifPresent(type -> earlierQuestions.put(item.id(), type));
                });
            }
            sections.add(new Section(id, s.requiredText("title"), s.optionalText("intro", ""), items));
        }
        return sections;
    }

    /** Every item id as written, in order, so a showIf naming a later item gets the right message. */
    private static List<String> writtenItemIds(Fields f) {
        List<String> ids = new ArrayList<>();
        f.node("sections").filter(n -> n instanceof org.attune.yaml.YamlList).ifPresent(n -> {
            for (YamlNode section : ((org.attune.yaml.YamlList) n).elements()) {
                if (section instanceof YamlMap m && m.get("items") instanceof org.attune.yaml.YamlList items) {
                    for (YamlNode item : items.elements()) {
                        ids.add(item instanceof YamlMap im && im.get("id") instanceof YamlScalar s ? s.text() : "");
                    }
                }
            }
        });
        return ids;
    }

    private List<Score> scores(Fields f, Map<String, Item> items) {
        ScoreParser parser = new ScoreParser(items, diagnostics);
        IdRegistry ids = new IdRegistry("score", IdRegistry.IDENTIFIER);
        List<Score> scores = new ArrayList<>();
        f.list("scores", false).forEach(n -> parser.parse(n, ids).ifPresent(scores::add));
        return scores;
    }

    /** Counted on the nodes as written, so a default with another mistake still counts as the default. */
    private void checkDefault(Fields f, List<YamlNode> recommendations) {
        List<YamlNode> defaults = recommendations.stream()
                .filter(n -> n instanceof YamlMap m && m.get("default") instanceof YamlScalar s && "true".equals(s.text()))
                .toList();
        if (defaults.isEmpty() && f.has("recommendations")) {
            diagnostics.error(f.keyLocation("recommendations"), "no recommendation is marked 'default: true'",
                    "mark one recommendation 'default: true'; it applies when no other matches");
        }
        for (YamlNode extra : defaults.subList(Math.min(1, defaults.size()), defaults.size())) {
            diagnostics.error(extra.location(), Fields.describe(extra, "recommendation") + " is a second default (the first is "
                    + Fields.describe(defaults.get(0), "recommendation") + ")", "keep 'default: true' on one recommendation only");
        }
    }

    /**
     * A flag that says nothing about unanswered questions must not read one that may be declined: "prefer not
     * to answer" would then make it vanish without a word.
     */
    private void checkDeclinableReads(List<Flag> flags, Map<String, Item> items) {
        for (Flag flag : flags) {
            if (flag.ifUnanswered() != IfUnanswered.IGNORE) {
                continue;
            }
            flag.when().reads().stream().filter(n -> n.root() == Root.ANSWERS).map(n -> items.get(n.id()))
                    .filter(item -> item != null && item.common().declinable()).findFirst()
                    .ifPresent(item -> diagnostics.error(flag.when().location(), "flag '" + flag.id() + "' reads '" + item.id()
                            + "', which offers \"prefer not to answer\"; declined, it would leave the flag undecided without a word",
                            "add 'declinable: false' to item '" + item.id() + "', or 'ifUnanswered: unknown' to the flag"));
        }
    }

    private void checkFlagTargets(List<Flag> flags, IdRegistry recommendationIds, Fields f) {
        for (Flag flag : flags) {
            flag.recommend().filter(r -> !recommendationIds.contains(r)).ifPresent(r -> diagnostics.error(flag.location(),
                    "flag '" + flag.id() + "' recommends '" + r + "', which is not a recommendation id",
                    Suggestions.fixFor(r, recommendationIds.ids(), "recommendation ids")));
        }
    }

    /** Rules-out name existing recommendations, and never the one that rules out or the one a flag forces. */
    private void checkRulesOut(List<Flag> flags, List<Recommendation> recommendations, IdRegistry recommendationIds) {
        Optional<String> fallback = recommendations.stream().filter(Recommendation::isDefault).map(Recommendation::id).findFirst();
        for (Recommendation r : recommendations) {
            checkRulesOut(r.rulesOut(), "recommendation '" + r.id() + "'", recommendationIds, Optional.of(r.id()));
            if (r.rulesOut().kinds().contains(r.kind())) {
                diagnostics.error(r.rulesOut().location(), "recommendation '" + r.id() + "' rules out its own kind, " + r.kind().yamlName(),
                        "remove " + r.kind().yamlName() + " from its 'rulesOut'; name the other recommendations instead");
            }
        }
        for (Recommendation r : recommendations) {
            fallback.filter(r.rulesOut().recommendations()::contains).ifPresent(id -> diagnostics.error(r.rulesOut().location(),
                    "recommendation '" + r.id() + "' rules out '" + id + "', the default", "the default applies only when nothing else does; remove it from 'rulesOut'"));
        }
        for (Flag flag : flags) {
            fallback.filter(flag.rulesOut().recommendations()::contains).ifPresent(id -> diagnostics.error(flag.rulesOut().location(),
                    "flag '" + flag.id() + "' rules out '" + id + "', the default, which applies when nothing else does",
                    "give the default other words for when a flag fired ('ifFlagged'), or recommend something with 'recommend'"));
        }
        for (Flag flag : flags) {
            checkRulesOut(flag.rulesOut(), "flag '" + flag.id() + "'", recommendationIds, flag.recommend());
            flag.recommend().flatMap(id -> recommendations.stream().filter(r -> r.id().equals(id)).findFirst())
                    .filter(forced -> flag.rulesOut().kinds().contains(forced.kind()))
                    .ifPresent(forced -> diagnostics.error(flag.rulesOut().location(), "flag '" + flag.id() + "' rules out the kind "
                            + forced.kind().yamlName() + " of '" + forced.id() + "', which it recommends", "remove that kind from its 'rulesOut'"));
        }
    }

    /** The members of a tie group say the same thing when tied, so it reads the same whichever comes first. */
    private void checkTies(List<Recommendation> recommendations) {
        Map<String, Recommendation> first = new LinkedHashMap<>();
        for (Recommendation r : recommendations) {
            r.tie().ifPresent(tie -> {
                Recommendation earlier = first.putIfAbsent(tie.group(), r);
                if (earlier != null && !earlier.tie().orElseThrow().reason().equals(tie.reason())) {
                    diagnostics.error(r.location(), "recommendation '" + r.id() + "' words the tie '" + tie.group() + "' differently from '"
                            + earlier.id() + "'", "give every member of a tie group the same 'reason'");
                }
            });
        }
        first.forEach((group, r) -> {
            if (recommendations.stream().filter(o -> o.tie().filter(t -> t.group().equals(group)).isPresent()).count() < 2) {
                diagnostics.error(r.location(), "recommendation '" + r.id() + "' is alone in the tie group '" + group + "'",
                        "give the same 'tie: {group: " + group + "}' to the recommendations it can tie with, or remove it");
            }
        });
    }

    private void checkRulesOut(RulesOut rulesOut, String owner, IdRegistry recommendationIds, Optional<String> own) {
        for (String id : rulesOut.recommendations()) {
            if (!recommendationIds.contains(id)) {
                diagnostics.error(rulesOut.location(), owner + " rules out '" + id + "', which is not a recommendation id",
                        Suggestions.fixFor(id, recommendationIds.ids(), "recommendation ids"));
            } else if (own.filter(id::equals).isPresent()) {
                diagnostics.error(rulesOut.location(), owner + (owner.startsWith("flag") ? " rules out '" + id + "', which it recommends"
                        : " rules itself out"), "remove '" + id + "' from its 'rulesOut'");
            }
        }
    }

    private static Map<String, ValueType> answerTypes(java.util.Collection<Item> items) {
        Map<String, ValueType> types = new LinkedHashMap<>();
        items.forEach(i -> ConditionTypes.of(i).ifPresent(t -> types.put(i.id(), t)));
        return types;
    }

    private static Map<String, ValueType> scoreTypes(List<Score> scores, java.util.function.Function<Score, ValueType> type) {
        Map<String, ValueType> types = new LinkedHashMap<>();
        scores.forEach(s -> types.put(s.id(), type.apply(s)));
        return types;
    }

    private static <T> Set<String> ids(List<T> things, java.util.function.Function<T, String> id) {
        Set<String> ids = new LinkedHashSet<>();
        things.forEach(t -> ids.add(id.apply(t)));
        return ids;
    }
}
