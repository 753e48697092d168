package org.attune.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.attune.answers.AnswersFileReader;
import org.attune.config.XdgDirectories;
import org.attune.definition.Questionnaire;
import org.attune.diagnostics.InvalidFileException;
import org.attune.files.BoundedRead;
import org.attune.results.PastResults;
import org.attune.results.ResultStore;
import org.attune.scoring.GuidanceEngine;
import org.attune.yaml.YamlLimits;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class ResultsShowCommand implements Callable<Integer> {
    private final ResultsCommand results;
    private final PositionalParamSpec number = CommandSpecs.argument(int.class, "NUMBER", "1").index("0")
            .description("Which result, as 'attune results' numbers them.").build();
    private final OptionSpec format = CommandSpecs.option(ReportFormat.class, "FORMAT", "-f", "--format").defaultValue("text")
            .description("Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).").build();
    private final OptionSpec ascii = CommandSpecs.flag("--ascii").description("Draw with ASCII characters only.").build();
    private final CommandSpec spec;

    ResultsShowCommand(ResultsCommand results) {
        this.results = results;
        this.spec = CommandSpecs.command(this, "show", "Show a saved result's report again.", List.of(
                "NUMBER is the result's number in 'attune results'. JSON is the report as it was saved; text and",
                "Markdown are drawn again from the saved answers."),
                number, format, ascii);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws IOException {
        AttuneCommand root = results.root();
        CliEnvironment environment = root.environment();
        int number = this.number.getValue();
        ReportFormat format = this.format.getValue();
        PastResults.Listing listing = PastResults.read(new ResultStore(XdgDirectories.from(environment.variables()).results()));
        Optional<PastResults.PastResult> found = listing.number(number);
        if (found.isEmpty()) {
            listing.warnings().forEach(w -> environment.err().println("attune: warning: " + w));
            environment.err().println("attune: there is no result " + number + "; 'attune results' lists them");
            return ExitCode.USAGE;
        }
        PastResults.PastResult result = found.get();
        if (format == ReportFormat.json) {
            environment.out().print(new String(BoundedRead.file(result.report(), PastResults.MAX_REPORT_BYTES), StandardCharsets.UTF_8));
            environment.out().flush();
            return ExitCode.OK;
        }
        try {
            byte[] answersBytes = BoundedRead.file(result.answers(), YamlLimits.DEFAULT.maxBytes());
            Questionnaire q = Questionnaires.resolveSaved(environment, result.questionnaireId(), PastResults.questionnaireSource(result.answers(), answersBytes));
            if (!q.sha256().equals(result.questionnaireSha256())) {
                environment.err().println("attune: note: '" + q.id() + "' has changed since this result was saved; this report is scored "
                        + "with the current version (the saved JSON report: attune results show " + number + " --format json)");
            }
            var answers = new AnswersFileReader().read(result.answers().toString(), answersBytes, q, false).answers();
            environment.out().print(format.render(GuidanceEngine.evaluate(q, answers), environment.textStyle(root.noColor(), CommandSpecs.given(ascii), false)));
            environment.out().flush();
            return ExitCode.OK;
        } catch (InvalidFileException e) {
            e.diagnostics().forEach(d -> environment.err().println(d.render()));
            environment.err().println("attune: result " + number + " cannot be drawn again; its saved JSON report: attune results show "
                    + number + " --format json");
            return ExitCode.INVALID_INPUT;
        }
    }
}
