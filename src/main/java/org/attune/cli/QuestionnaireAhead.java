package org.attune.cli;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.attune.definition.Questionnaire;
import org.attune.diagnostics.InvalidFileException;

/**
 * The questionnaire a command names right after its name ({@code attune score ID ...}), loaded on another
 * thread while picocli builds and parses the command line: each takes tens of milliseconds, and a machine
 * has two cores or more. The command asks here for the questionnaire it parsed; a different one (or none
 * named in that place) is loaded then, as if nothing had been started.
 */
final class QuestionnaireAhead {
    /** Commands whose first parameter is a questionnaire ('run' loads its own, for the first screen). */
    private static final Set<String> NAMING = Set.of("score", "group", "export", "explain", "history");
    private static final QuestionnaireAhead NONE = new QuestionnaireAhead("", null);
    private final String reference;
    private final CompletableFuture<Questionnaire> loading;

    private QuestionnaireAhead(String reference, CompletableFuture<Questionnaire> loading) {
        this.reference = reference;
        this.loading = loading;
    }

    static QuestionnaireAhead none() {
        return NONE;
    }

    static QuestionnaireAhead start(CliEnvironment environment, String... args) {
        if (args.length < 2 || !NAMING.contains(args[0]) || args[1].isEmpty() || args[1].startsWith("-")) {
            return NONE;
        }
        String reference = args[1];
        CompletableFuture<Questionnaire> loading = CompletableFuture.supplyAsync(() -> {
            try {
                return Questionnaires.resolve(environment, reference);
            } catch (InvalidFileException e) {
                throw new CompletionException(e);
            }
        });
        return new QuestionnaireAhead(reference, loading);
    }

    /** The questionnaire {@code reference} names: the one loaded ahead if it is that one, else loaded now. */
    Questionnaire resolve(CliEnvironment environment, String reference) throws InvalidFileException {
        if (loading == null || !this.reference.equals(reference)) {
            return Questionnaires.resolve(environment, reference);
        }
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof InvalidFileException invalid) {
                throw invalid;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }
}
