package org.attune.definition;

import org.attune.text.Suggestions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlExpression;
import org.apache.commons.jexl3.JexlFeatures;
import org.apache.commons.jexl3.JexlInfo;
import org.apache.commons.jexl3.JexlScript;
import org.apache.commons.jexl3.introspection.JexlPermissions;
import org.apache.commons.logging.impl.NoOpLog;
import org.attune.definition.yaml.YamlScalar;

/**
 * Compiles {@code showIf} and rule conditions with JEXL locked down to plain expressions:
 * comparisons, arithmetic, logic and literals over answers, scores, bands and flags. No method calls,
 * no {@code new}, no loops, assignments, lambdas or scripts; nothing reaches Java classes.
 */
public final class ExpressionCompiler {
    private static final Pattern JEXL_PREFIX = Pattern.compile("^.*?@\\d+:\\d+\\s+");
    private final JexlEngine engine;

    public ExpressionCompiler() {
        JexlFeatures features = new JexlFeatures()
                .loops(false)
                .newInstance(false)
                .methodCall(false)
                .sideEffect(false)
                .sideEffectGlobal(false)
                .lambda(false)
                .script(false)
                .pragma(false)
                .annotation(false)
                .localVar(false)
                .register(false)
                .importPragma(false)
                .namespacePragma(false);
        this.engine = new JexlBuilder()
                .features(features)
                .permissions(JexlPermissions.RESTRICTED)
                .arithmetic(new MissingValueArithmetic())
                .strict(false)
                .safe(true)
                .silent(false)
                .cache(0)
                // a fixed logger skips commons-logging's discovery of logging libraries at start-up
                .logger(new NoOpLog())
                .create();
    }

    /** The engine evaluation must use, so the same lock-down applies when rules run. */
    public JexlEngine engine() {
        return engine;
    }

    Optional<Condition> compile(YamlScalar written, NameScope scope, Diagnostics diagnostics) {
        // only trailing space is trimmed, so columns inside the text still match the file
        String source = written.text().stripTrailing();
        if (source.isBlank() || written.type() == YamlScalar.Type.NULL) {
            diagnostics.error(written.location(), scope.usedIn() + " is empty", "write a condition such as answers.item_id == 'yes'");
            return Optional.empty();
        }
        JexlExpression compiled;
        try {
            compiled = engine.createExpression(new JexlInfo(written.location().file(), 1, 1), source);
        } catch (JexlException e) {
            diagnostics.error(positionInFile(written, e.getInfo()), explain(e), "fix the expression; see docs/questionnaire-format.md#expressions");
            return Optional.empty();
        }
        Set<String> reads = new LinkedHashSet<>();
        boolean ok = true;
        for (List<String> path : ((JexlScript) compiled).getVariables()) {
            ok &= checkName(path, written, scope, diagnostics, reads);
        }
        return ok ? Optional.of(new Condition(source, written.location(), compiled, reads)) : Optional.empty();
    }

    private boolean checkName(List<String> path, YamlScalar written, NameScope scope, Diagnostics diagnostics, Set<String> reads) {
        String root = path.get(0);
        Location at = locate(written, String.join(".", path));
        if (!NameScope.ROOTS.contains(root)) {
            String fix = Suggestions.closest(root, NameScope.ROOTS).map(s -> "did you mean '" + s + "'?")
                    .orElse("names start with answers., scores., bands. or flags., e.g. answers." + root);
            diagnostics.error(at, scope.usedIn() + " reads '" + root + "', which is not a name attune knows", fix);
            return false;
        }
        Set<String> allowed = scope.readable().get(root);
        if (allowed == null) {
            diagnostics.error(at, scope.usedIn() + " cannot read " + root,
                    "it may read " + String.join(", ", scope.readable().keySet().stream().sorted().toList()));
            return false;
        }
        if (path.size() < 2) {
            diagnostics.error(at, scope.usedIn() + " reads '" + root + "' as a whole", "name one entry, e.g. " + root + ".some_id");
            return false;
        }
        String id = path.get(1);
        if (NameScope.ANSWERS.equals(root) && scope.laterItems().contains(id)) {
            diagnostics.error(at, scope.usedIn() + " reads answers." + id + ", which is asked later",
                    "a showIf may read only items asked before it; move '" + id + "' earlier or change the condition");
            return false;
        }
        if (!allowed.contains(id)) {
            diagnostics.error(at, scope.usedIn() + " reads " + root + "." + id + ", which does not exist",
                    Suggestions.fixFor(id, allowed, root + " ids"));
            return false;
        }
        reads.add(root + "." + id);
        return true;
    }

    /** Points at the name inside the expression text when it can be found there. */
    private static Location locate(YamlScalar written, String dottedName) {
        String text = written.text();
        int index = text.indexOf(dottedName);
        if (index < 0) {
            index = text.indexOf(dottedName.split("\\.")[0]);
        }
        return index < 0 ? written.location() : offset(written, 1 + countNewlines(text, index), columnIn(text, index));
    }

    private static Location positionInFile(YamlScalar written, JexlInfo info) {
        if (info == null) {
            return written.location();
        }
        return offset(written, info.getLine(), info.getColumn());
    }

    /** Maps a 1-based line/column inside the expression onto the YAML file. */
    private static Location offset(YamlScalar written, int line, int column) {
        Location start = written.contentStart();
        if (line <= 1) {
            return new Location(start.file(), start.line(), start.column() + Math.max(0, column - 1));
        }
        return new Location(start.file(), start.line() + line - 1, start.column() + Math.max(0, column - 1));
    }

    private static int countNewlines(String text, int upTo) {
        int n = 0;
        for (int i = 0; i < upTo; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static int columnIn(String text, int index) {
        int lineStart = text.lastIndexOf('\n', index - 1) + 1;
        return index - lineStart + 1;
    }

    private static String explain(JexlException e) {
        Matcher m = JEXL_PREFIX.matcher(e.getMessage() == null ? "" : e.getMessage());
        String detail = m.find() ? e.getMessage().substring(m.end()) : String.valueOf(e.getMessage());
        if (e instanceof JexlException.Feature) {
            return "not allowed in an expression: " + detail.replace(" error", "")
                    + " (expressions may only compare, combine and compute values)";
        }
        if (e instanceof JexlException.Parsing || e instanceof JexlException.Ambiguous) {
            return "the expression does not parse: " + detail;
        }
        return "the expression is not valid: " + detail;
    }
}
