package org.attune.definition;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.attune.diagnostics.Diagnostics;
import org.attune.yaml.Fields;
import org.attune.yaml.YamlNode;

/** Reads {@code flags:} and {@code recommendations:}, whose conditions read answers, scores, bands (and flags). */
final class RuleParser {
    static final Set<String> FLAG_KEYS = Set.of("id", "when", "severity", "message", "recommend", "ifUnanswered", "rulesOut");
    static final Set<String> RECOMMENDATION_KEYS = Set.of("id", "kind", "when", "priority", "title", "reasons", "nextSteps", "default",
            "rulesOut", "ifFlagged", "tie");
    static final Set<String> TIE_KEYS = Set.of("group", "name", "reason");
    static final Set<String> RULES_OUT_KEYS = Set.of("kinds", "recommendations");
    static final Set<String> WORDING_KEYS = Set.of("title", "reasons", "nextSteps");

    private final ConditionCompiler conditions;
    private final Diagnostics diagnostics;

    RuleParser(ConditionCompiler conditions, Diagnostics diagnostics) {
        this.conditions = conditions;
        this.diagnostics = diagnostics;
    }

    Optional<Flag> flag(YamlNode node, NameScope scope, IdRegistry ids) {
        String owner = Fields.describe(node, "flag");
        Optional<Fields> maybe = Fields.of(node, owner, FLAG_KEYS, diagnostics);
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        Fields f = maybe.get();
        String id = f.requiredText("id");
        ids.register(id, f.valueLocation("id"), diagnostics);
        Optional<Severity> severity = f.choice("severity", RuleParser::severity,
                Arrays.stream(Severity.values()).map(Severity::yamlName).toList(), true);
        String message = f.requiredText("message");
        Optional<Condition> when = condition(f, owner, scope);
        Optional<String> recommend = f.scalar("recommend").map(s -> s.text().strip());
        Optional<IfUnanswered> ifUnanswered = f.choice("ifUnanswered", IfUnanswered::fromYaml,
                Arrays.stream(IfUnanswered.values()).map(IfUnanswered::yamlName).toList(), false);
        if (when.isEmpty() || severity.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Flag(id, when.get(), severity.get(), message, recommend,
                ifUnanswered.orElse(IfUnanswered.defaultFor(severity.get())), rulesOut(f, owner), f.location()));
    }

    Optional<Recommendation> recommendation(YamlNode node, NameScope scope, IdRegistry ids) {
        String owner = Fields.describe(node, "recommendation");
        Optional<Fields> maybe = Fields.of(node, owner, RECOMMENDATION_KEYS, diagnostics);
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        Fields f = maybe.get();
        String id = f.requiredText("id");
        ids.register(id, f.valueLocation("id"), diagnostics);
        Optional<RecommendationKind> kind = f.choice("kind", RecommendationKind::fromYaml,
                Arrays.stream(RecommendationKind.values()).map(RecommendationKind::yamlName).toList(), true);
        boolean isDefault = f.bool("default", false);
        if (isDefault && f.has("when")) {
            diagnostics.error(f.keyLocation("when"), "the default " + owner + " has a 'when'",
                    "remove 'when:'; the default applies when no other recommendation matches");
        }
        Optional<Condition> when = isDefault ? Optional.empty() : condition(f, owner, scope);
        String title = f.requiredText("title");
        int priority = f.integer("priority", 0, -1000, 1000);
        List<String> reasons = f.texts("reasons");
        List<String> nextSteps = f.texts("nextSteps");
        RulesOut rulesOut = rulesOut(f, owner);
        Optional<Wording> ifFlagged = ifFlagged(f, owner, isDefault);
        Optional<Tie> tie = f.node("tie").flatMap(n -> Fields.of(n, "'tie' of " + owner, TIE_KEYS, diagnostics))
                .map(t -> tie(t, owner));
        if (kind.isEmpty() || (!isDefault && when.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new Recommendation(id, kind.get(), when, priority, title, reasons, nextSteps, isDefault, rulesOut, ifFlagged,
                tie, f.location()));
    }

    /** {@code rulesOut: {kinds: [...], recommendations: [...]}}; recommendation ids are checked once all are read. */
    private RulesOut rulesOut(Fields f, String owner) {
        Optional<Fields> maybe = f.node("rulesOut").flatMap(n -> Fields.of(n, "'rulesOut' of " + owner, RULES_OUT_KEYS, diagnostics));
        if (maybe.isEmpty()) {
            return RulesOut.none(f.location());
        }
        Fields r = maybe.get();
        Set<RecommendationKind> kinds = new java.util.LinkedHashSet<>();
        for (org.attune.yaml.YamlNode node : r.list("kinds", false)) {
            String text = node instanceof org.attune.yaml.YamlScalar s ? s.text().strip() : "";
            RecommendationKind.fromYaml(text).ifPresentOrElse(kinds::add, () -> diagnostics.error(node.location(),
                    "'" + text + "' in 'rulesOut' of " + owner + " is not a recommendation kind",
                    org.attune.text.Suggestions.fixFor(text, Arrays.stream(RecommendationKind.values()).map(RecommendationKind::yamlName).toList(), "kinds")));
        }
        if (r.list("kinds", false).isEmpty() && r.list("recommendations", false).isEmpty()) {
            diagnostics.error(r.location(), "'rulesOut' of " + owner + " rules out nothing", "list 'kinds:' or 'recommendations:' under it, or remove it");
        }
        return new RulesOut(kinds, new java.util.LinkedHashSet<>(r.texts("recommendations")), r.location());
    }

    private Tie tie(Fields t, String owner) {
        String reason = t.requiredText("reason");
        if (!reason.isEmpty() && !reason.contains(Tie.NAMES)) {
            diagnostics.error(t.valueLocation("reason"), "the 'reason' of the 'tie' of " + owner + " does not name the tied recommendations",
                    "write " + Tie.NAMES + " where their names go, e.g. \"" + Tie.NAMES + " need attention equally.\"");
        }
        return new Tie(t.requiredText("group"), t.requiredText("name"), reason);
    }

    /** Only the default has other words for when a flag fired: the others match on conditions of their own. */
    private Optional<Wording> ifFlagged(Fields f, String owner, boolean isDefault) {
        if (!f.has("ifFlagged")) {
            return Optional.empty();
        }
        if (!isDefault) {
            diagnostics.error(f.keyLocation("ifFlagged"), owner + " has 'ifFlagged', which only the default recommendation may have",
                    "give this recommendation a 'when' that reads flags.ID instead");
            return Optional.empty();
        }
        return Fields.of(f.node("ifFlagged").orElseThrow(), "'ifFlagged' of " + owner, WORDING_KEYS, diagnostics)
                .map(w -> new Wording(w.requiredText("title"), w.texts("reasons"), w.texts("nextSteps")));
    }

    private Optional<Condition> condition(Fields f, String owner, NameScope scope) {
        if (!f.has("when")) {
            diagnostics.error(f.location(), owner + " has no 'when'",
                    owner.startsWith("recommendation") ? "add 'when:' with a condition, or mark it 'default: true'" : "add 'when:' with a condition");
            return Optional.empty();
        }
        return f.scalar("when").flatMap(s -> conditions.compile(s, scope.within("the condition of " + owner), diagnostics));
    }

    private static Optional<Severity> severity(String text) {
        return Arrays.stream(Severity.values()).filter(s -> s.name().equals(text.toUpperCase(Locale.ROOT)) && s.yamlName().equals(text)).findFirst();
    }
}
