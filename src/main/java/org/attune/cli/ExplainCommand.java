package org.attune.cli;

import java.util.concurrent.Callable;
import org.attune.definition.Diagnostics;
import org.attune.definition.InvalidFileException;
import org.attune.report.ExplainReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "explain",
        mixinStandardHelpOptions = true,
        header = "Explain in plain words how a questionnaire is scored.",
        description = {
            "Lists each score with its items (reversed ones marked), missing-data rule and bands,",
            "every flag and recommendation with the condition that triggers it, and the ending-well",
            "checklist. Check a questionnaire with this before giving it to a group."
        })
final class ExplainCommand implements Callable<Integer> {
    @ParentCommand
    AttuneCommand root;

    @Parameters(index = "0", paramLabel = "QUESTIONNAIRE", completionCandidates = QuestionnaireIds.class, description = "A questionnaire id (see 'attune list') or a path to its file.")
    String questionnaire;

    @Option(names = "--ascii", description = "Use ASCII characters only.")
    boolean ascii;

    @Override
    public Integer call() {
        CliEnvironment environment = root.environment();
        try {
            environment.out().print(ExplainReport.render(root.questionnaires().resolve(environment, questionnaire),
                    environment.textStyle(root.noColor, ascii, false)));
            environment.out().flush();
            return ExitCode.OK;
        } catch (InvalidFileException e) {
            Diagnostics.render(e.diagnostics(), environment.err()::println);
            environment.err().flush();
            return ExitCode.INVALID_INPUT;
        }
    }
}
