package org.attune.definition;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.attune.definition.yaml.YamlNode;

/** Reads {@code flags:} and {@code recommendations:}, whose conditions read answers, scores, bands (and flags). */
final class RuleParser {
    static final Set<String> FLAG_KEYS = Set.of("id", "when", "severity", "message", "recommend", "ifUnanswered");
    static final Set<String> RECOMMENDATION_KEYS = Set.of("id", "kind", "when", "priority", "title", "reasons", "nextSteps", "default");

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
                ifUnanswered.orElse(IfUnanswered.defaultFor(severity.get())), f.location()));
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
        if (kind.isEmpty() || (!isDefault && when.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new Recommendation(id, kind.get(), when, priority, title, reasons, nextSteps, isDefault, f.location()));
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
