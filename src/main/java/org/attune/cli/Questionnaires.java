package org.attune.cli;

import java.util.List;
import org.attune.config.XdgDirectories;
import org.attune.definition.InvalidFileException;
import org.attune.definition.Questionnaire;
import org.attune.definition.QuestionnaireCatalog;
import org.attune.definition.QuestionnaireLoader;

/** Finds the questionnaire a command names: a bundled or user questionnaire by id, or a file by path. */
final class Questionnaires {
    private Questionnaires() {}

    static Questionnaire resolve(CliEnvironment environment, String reference) throws InvalidFileException {
        List<java.nio.file.Path> folders = List.of(XdgDirectories.from(environment.variables()).userQuestionnaires());
        return new QuestionnaireCatalog(new QuestionnaireLoader(), folders).resolve(reference);
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
}
