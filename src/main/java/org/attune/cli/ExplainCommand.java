package org.attune.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.attune.diagnostics.Diagnostics;
import org.attune.diagnostics.InvalidFileException;
import org.attune.report.ExplainReport;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class ExplainCommand implements Callable<Integer> {
    private final AttuneCommand root;
    private final PositionalParamSpec questionnaire = CommandSpecs.questionnaire();
    private final OptionSpec ascii = CommandSpecs.flag("--ascii").description("Use ASCII characters only.").build();
    private final CommandSpec spec;

    ExplainCommand(AttuneCommand root) {
        this.root = root;
        this.spec = CommandSpecs.command(this, "explain", "Explain in plain words how a questionnaire is scored.", List.of(
                "Lists each score with its items (reversed ones marked), missing-data rule and bands,",
                "every flag and recommendation with the condition that triggers it, and the ending-well",
                "checklist. Check a questionnaire with this before giving it to a group."),
                questionnaire, ascii);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        CliEnvironment environment = root.environment();
        try {
            environment.out().print(ExplainReport.render(root.questionnaires().resolve(environment, questionnaire.getValue()),
                    environment.textStyle(root.noColor(), CommandSpecs.given(ascii), false)));
            environment.out().flush();
            return ExitCode.OK;
        } catch (InvalidFileException e) {
            Diagnostics.render(e.diagnostics(), environment.err()::println);
            environment.err().flush();
            return ExitCode.INVALID_INPUT;
        }
    }
}
