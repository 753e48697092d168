package org.attune.cli;

import java.util.List;
import org.attune.config.XdgDirectories;
import org.attune.definition.Questionnaire;
import org.attune.definition.QuestionnaireCatalog;
import org.attune.definition.QuestionnaireLoader;
import org.attune.diagnostics.InvalidFileException;

/** Finds the questionnaire a command names: a bundled or user questionnaire by id, or a file by path. */
final class Questionnaires {
    private Questionnaires() {}

    static Questionnaire resolve(CliEnvironment environment, String reference) throws InvalidFileException {
        return catalog(environment).resolve(reference);
    }

    static QuestionnaireCatalog catalog(CliEnvironment environment) {
        List<java.nio.file.Path> folders = List.of(XdgDirectories.from(environment.variables()).userQuestionnaires());
        return new QuestionnaireCatalog(new QuestionnaireLoader(), folders);
    }

    /** For a saved session: by id when attune knows it, else from the file it was started from. */
    static Questionnaire resolveSaved(CliEnvironment environment, String id, String source) throws InvalidFileException {
        try {
            return resolve(environment, id);
        } catch (InvalidFileException notById) {
            if (source.isEmpty() || !java.nio.file.Files.exists(java.nio.file.Path.of(source))) {
                throw notById;
            }
            return new QuestionnaireLoader().load(java.nio.file.Path.of(source));
        }
    }

    /**
     * Why a session could not start: a questionnaire id that names nothing gets one plain sentence (with
     * the closest id); a questionnaire file with problems gets each problem at its place.
     */
    static int reportNotStarted(InvalidFileException e, String reference, java.io.PrintWriter err) {
        boolean unknownId = e.diagnostics().size() == 1 && e.diagnostics().get(0).location().file().equals(reference)
                && !java.nio.file.Files.exists(java.nio.file.Path.of(reference));
        if (unknownId) {
            err.println("attune: " + e.diagnostics().get(0).message() + "; " + e.diagnostics().get(0).fix());
        } else {
            e.diagnostics().forEach(d -> err.println(d.render()));
            err.println("attune: the questionnaire has problems, so the session was not started");
        }
        err.flush();
        return ExitCode.INVALID_INPUT;
    }
}
