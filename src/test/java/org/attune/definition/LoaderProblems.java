package org.attune.definition;


import java.nio.charset.StandardCharsets;
import java.util.List;
import org.attune.diagnostics.Diagnostic;
import org.attune.diagnostics.InvalidFileException;

/** Loads YAML text and returns its problems as {@code line:col: message; fix} lines (file name left out). */
final class LoaderProblems {
    private LoaderProblems() {}

    static List<String> of(String yaml) {
        return of(new QuestionnaireLoader(), yaml);
    }

    static List<String> of(QuestionnaireLoader loader, String yaml) {
        try {
            loader.load("q.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        } catch (InvalidFileException e) {
            return e.diagnostics().stream().map(d -> d.render().substring("q.yaml:".length())).toList();
        }
        throw new AssertionError("expected the questionnaire to be invalid, but it loaded:\n" + yaml);
    }

    static Questionnaire valid(String yaml) {
        try {
            return new QuestionnaireLoader().load("q.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        } catch (InvalidFileException e) {
            throw new AssertionError("expected a valid questionnaire, got:\n" + String.join("\n",
                    e.diagnostics().stream().map(Diagnostic::render).toList()));
        }
    }
}
