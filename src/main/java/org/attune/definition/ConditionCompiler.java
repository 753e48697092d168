package org.attune.definition;

import java.util.Optional;
import org.attune.condition.Conditions;
import org.attune.condition.Limits;
import org.attune.condition.Problem;
import org.attune.diagnostics.Diagnostics;
import org.attune.yaml.YamlScalar;

/**
 * Compiles {@code showIf} and rule conditions when a questionnaire loads: parsed and type-checked
 * against the questionnaire, with every problem placed at its line and column inside the file.
 */
final class ConditionCompiler {
    private final Limits limits;

    ConditionCompiler(Limits limits) {
        this.limits = limits;
    }

    Optional<Condition> compile(YamlScalar written, NameScope scope, Diagnostics diagnostics) {
        // only trailing space is trimmed, so offsets inside the text still match the file
        String source = written.type() == YamlScalar.Type.NULL ? "" : written.text().stripTrailing();
        Conditions.Checked checked = Conditions.check(source, scope, limits);
        for (Problem problem : checked.problems()) {
            diagnostics.error(written.positionOf(problem.offset()), scope.usedIn() + ": " + problem.message(), problem.fix());
        }
        return checked.ok() ? Optional.of(new Condition(source, written.location(), checked.tree())) : Optional.empty();
    }

}
