package org.attune.cli;

import java.util.List;
import java.util.Optional;
import org.attune.definition.Questionnaire;
import org.attune.diagnostics.InvalidFileException;

/**
 * What 'score', 'group' and 'export' read before any work: the output files checked first (so a long
 * batch never ends in "cannot write"), then the questionnaire and the answers files named. Empty when one
 * of them has problems, which are then already reported on stderr.
 */
record AnswerInputs(Questionnaire questionnaire, List<String> files) {

    static Optional<AnswerInputs> read(AttuneCommand root, String questionnaire, List<String> answers, List<OutputFile> outputs) {
        CliEnvironment environment = root.environment();
        try {
            for (OutputFile output : outputs) {
                output.check();
            }
        } catch (InvalidFileException e) {
            OutputFile.report(e, environment.err());
            return Optional.empty();
        }
        try {
            return Optional.of(new AnswerInputs(root.questionnaires().resolve(environment, questionnaire), AnswerSources.expand(answers)));
        } catch (InvalidFileException e) {
            InvalidInput.report(e, environment.err());
            return Optional.empty();
        }
    }
}
