package org.attune.cli;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.attune.answers.Answers;
import org.attune.answers.AnswersFileReader;
import org.attune.config.XdgDirectories;
import org.attune.definition.Questionnaire;
import org.attune.diagnostics.InvalidFileException;
import org.attune.files.BoundedRead;
import org.attune.history.Comparison;
import org.attune.report.ComparisonDocument;
import org.attune.report.ComparisonRenderer;
import org.attune.report.JsonComparison;
import org.attune.report.MarkdownComparison;
import org.attune.report.TextComparison;
import org.attune.results.PastResults;
import org.attune.results.ResultStore;
import org.attune.yaml.YamlLimits;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class ResultsCompareCommand implements Callable<Integer> {
    enum Format { text, markdown, json }

    private final ResultsCommand results;
    private final PositionalParamSpec first = CommandSpecs.argument(int.class, "A", "1").index("0")
            .description("The earlier result's number.").build();
    private final PositionalParamSpec second = CommandSpecs.argument(int.class, "B", "1").index("1")
            .description("The later result's number.").build();
    private final OptionSpec format = CommandSpecs.option(Format.class, "FORMAT", "-f", "--format").defaultValue("text")
            .description("Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).").build();
    private final OptionSpec ascii = CommandSpecs.flag("--ascii").description("Draw with ASCII characters only.").build();
    private final CommandSpec spec;

    ResultsCompareCommand(ResultsCommand results) {
        this.results = results;
        this.spec = CommandSpecs.command(this, "compare", "Show two results side by side.", List.of(
                "A and B are numbers from 'attune results', of the same questionnaire. Shows both recommendations, each",
                "score in both with the change between them (reliable change where the questionnaire declares it), and",
                "every answer that changed. Private answers are compared but never shown."),
                first, second, format, ascii);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws IOException {
        CliEnvironment environment = results.root().environment();
        int first = this.first.getValue();
        int second = this.second.getValue();
        if (first == second) {
            environment.err().println("attune: 'results compare' compares two different results; 'attune results' lists their numbers");
            environment.err().flush();
            return ExitCode.USAGE;
        }
        PastResults.Listing listing = PastResults.read(new ResultStore(XdgDirectories.from(environment.variables()).results()));
        listing.warnings().forEach(w -> environment.err().println("attune: warning: " + w));
        Optional<PastResults.PastResult> a = listing.number(first);
        Optional<PastResults.PastResult> b = listing.number(second);
        if (a.isEmpty() || b.isEmpty()) {
            environment.err().println("attune: there is no result " + (a.isEmpty() ? first : second) + "; 'attune results' lists them");
            return ExitCode.USAGE;
        }
        if (!a.get().questionnaireId().equals(b.get().questionnaireId())) {
            environment.err().println("attune: result " + first + " answers '" + a.get().questionnaireId() + "' and result " + second + " '"
                    + b.get().questionnaireId() + "'; only results of the same questionnaire can be compared");
            return ExitCode.USAGE;
        }
        try {
            byte[] bytes = BoundedRead.file(a.get().answers(), YamlLimits.DEFAULT.maxBytes());
            Questionnaire q = Questionnaires.resolveSaved(environment, a.get().questionnaireId(), PastResults.questionnaireSource(a.get().answers(), bytes));
            Comparison comparison = Comparison.of(q, a.get(), answers(a.get(), q), b.get(), answers(b.get(), q));
            ComparisonRenderer renderer = switch (format.<Format>getValue()) {
                case text -> new TextComparison(environment.textStyle(results.root().noColor(), CommandSpecs.given(ascii), false));
                case markdown -> new MarkdownComparison();
                case json -> new JsonComparison();
            };
            environment.out().print(renderer.render(ComparisonDocument.of(comparison)));
            environment.out().flush();
            return ExitCode.OK;
        } catch (InvalidFileException e) {
            e.diagnostics().forEach(d -> environment.err().println(d.render()));
            environment.err().println("attune: these results cannot be compared; see each with: attune results show NUMBER --format json");
            return ExitCode.INVALID_INPUT;
        }
    }

    private static Answers answers(PastResults.PastResult result, Questionnaire q) throws IOException, InvalidFileException {
        byte[] bytes = BoundedRead.file(result.answers(), YamlLimits.DEFAULT.maxBytes());
        return new AnswersFileReader().read(result.answers().toString(), bytes, q, false).answers();
    }
}
