package org.attune.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.attune.answers.AnswersFileReader;
import org.attune.config.XdgDirectories;
import org.attune.definition.InvalidFileException;
import org.attune.definition.Questionnaire;
import org.attune.definition.yaml.YamlLimits;
import org.attune.files.BoundedRead;
import org.attune.results.PastResults;
import org.attune.results.ResultStore;
import org.attune.scoring.GuidanceEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "show",
        mixinStandardHelpOptions = true,
        header = "Show a saved result's report again.",
        description = {
            "NUMBER is the result's number in 'attune results'. JSON is the report as it was saved; text and",
            "Markdown are drawn again from the saved answers."
        })
final class ResultsShowCommand implements Callable<Integer> {
    @ParentCommand
    ResultsCommand results;

    @Parameters(index = "0", paramLabel = "NUMBER", description = "Which result, as 'attune results' numbers them.")
    int number;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--ascii", description = "Draw with ASCII characters only.")
    boolean ascii;

    @Override
    public Integer call() throws IOException {
        AttuneCommand root = results.root();
        CliEnvironment environment = root.environment();
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
            environment.out().print(format.render(GuidanceEngine.evaluate(q, answers), environment.textStyle(root.noColor, ascii, false)));
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
