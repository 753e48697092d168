package org.attune.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.attune.answers.Answers;
import org.attune.answers.AnswersFileReader;
import org.attune.definition.Questionnaire;
import org.attune.diagnostics.Diagnostic;
import org.attune.diagnostics.Diagnostics;
import org.attune.diagnostics.InvalidFileException;
import org.attune.text.ControlCharacters;

/**
 * A group's answers files, read one by one against the questionnaire: warnings (another version) on stderr, a file
 * for another questionnaire skipped with a message, one that cannot be read reported with the reason; the others go on.
 * Only stderr ever names a file.
 */
record AnswerBatch(List<Answers> answers, int files, int skipped, int failed) {

    static AnswerBatch read(CliEnvironment environment, Questionnaire questionnaire, List<String> files) {
        AnswersFileReader reader = new AnswersFileReader();
        List<Answers> answers = new ArrayList<>();
        int skipped = 0;
        int failed = 0;
        java.util.Set<java.nio.file.Path> seen = new java.util.HashSet<>();
        java.util.Set<Answers> kept = new java.util.HashSet<>();
        for (String file : files) {
            String name = "-".equals(file) ? "<stdin>" : file;
            if (!"-".equals(file) && !seen.add(java.nio.file.Path.of(file).toAbsolutePath().normalize())) {
                // a member counted twice would weigh twice and could lift a group over --min-group
                environment.err().println(ControlCharacters.visible("attune: skipped " + name + ": it was named already"));
                skipped++;
                continue;
            }
            byte[] bytes;
            try {
                bytes = AnswerSources.bytes(environment, name);
            } catch (InvalidFileException e) {
                leftOut(environment, e);
                failed++;
                continue;
            }
            try {
                AnswersFileReader.Result result = reader.read(name, bytes, questionnaire, false);
                Diagnostics.render(result.warnings(), environment.err()::println);
                if (!kept.add(result.answers())) {
                    // a copy of a member's file under another name: counted once, like a file named twice
                    environment.err().println(ControlCharacters.visible("attune: skipped " + name + ": the same answers as another file"));
                    skipped++;
                    continue;
                }
                answers.add(result.answers());
            } catch (InvalidFileException e) {
                Optional<String> other = reader.questionnaireId(name, bytes).filter(id -> !id.equals(questionnaire.id()));
                if (other.isPresent()) {
                    environment.err().println(ControlCharacters.visible("attune: skipped " + name + ": these answers are for questionnaire '"
                            + other.get() + "', not '" + questionnaire.id() + "'"));
                    skipped++;
                } else {
                    leftOut(environment, e);
                    failed++;
                }
            }
        }
        return new AnswerBatch(answers, files.size(), skipped, failed);
    }

    private static void leftOut(CliEnvironment environment, InvalidFileException e) {
        Diagnostics.render(e.diagnostics(), environment.err()::println);
        long errors = e.diagnostics().stream().filter(Diagnostic::isError).count();
        String file = e.diagnostics().isEmpty() ? "an answers file" : e.diagnostics().get(0).location().file();
        environment.err().println(ControlCharacters.visible("attune: left out " + file + " (" + String.format(Locale.ROOT, "%,d", errors)
                + (errors == 1 ? " problem" : " problems") + ")"));
    }

    /** "attune: 8 of 10 answers files used (1 skipped, 1 could not be read)", when not all were. */
    void sayWhatWasUsed(CliEnvironment environment) {
        if (skipped == 0 && failed == 0) {
            return;
        }
        List<String> why = new ArrayList<>();
        if (skipped > 0) {
            why.add(skipped + " skipped");
        }
        if (failed > 0) {
            why.add(failed + " could not be read");
        }
        environment.err().println("attune: " + answers.size() + " of " + files + " answers files used (" + String.join(", ", why) + ")");
    }
}
