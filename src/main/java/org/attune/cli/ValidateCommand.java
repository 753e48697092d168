package org.attune.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.attune.definition.QuestionnaireLoader;
import org.attune.diagnostics.InvalidFileException;
import org.attune.report.ValidationReport.FileResult;
import org.attune.report.ValidationReport;
import org.attune.text.ControlCharacters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class ValidateCommand implements Callable<Integer> {
    private final AttuneCommand root;
    private final PositionalParamSpec files = CommandSpecs.arguments(Path.class, "FILE", "1..*")
            .description("Questionnaire YAML files to check.").build();
    private final OptionSpec format = CommandSpecs.option(ValidateFormat.class, "FORMAT", "--format").defaultValue("text")
            .description("Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); json is for editors and CI.").build();
    private final OptionSpec quiet = CommandSpecs.flag("-q", "--quiet").description("Print no summary on stderr.").build();
    private final CommandSpec spec;

    enum ValidateFormat { text, json }

    ValidateCommand(AttuneCommand root) {
        this.root = root;
        this.spec = CommandSpecs.command(this, "validate", "Check questionnaire files and report every problem.", List.of(
                "Prints each problem on stdout as file:line:column: message; fix (or as JSON),",
                "and a summary on stderr. Exit 0 when all files are valid, 1 when any is not."),
                files, format, quiet);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        CliEnvironment environment = root.environment();
        List<Path> files = CommandSpecs.values(this.files);
        QuestionnaireLoader loader = new QuestionnaireLoader();
        List<FileResult> results = new ArrayList<>();
        for (Path file : files) {
            try {
                loader.load(file);
                results.add(new FileResult(file.toString(), List.of()));
            } catch (InvalidFileException e) {
                results.add(new FileResult(file.toString(), e.diagnostics()));
            }
        }
        if (format.getValue() == ValidateFormat.json) {
            ValidationReport.writeJson(results, environment.out());
        } else {
            ValidationReport.writeText(results, environment.out());
        }
        long invalid = results.stream().filter(r -> !r.valid()).count();
        if (!CommandSpecs.given(quiet)) {
            long problems = results.stream().mapToLong(r -> r.diagnostics().size()).sum();
            environment.err().println(invalid == 0
                    ? (results.size() == 1 ? ControlCharacters.visible(files.get(0).toString()) + " is valid" : "all " + results.size() + " files are valid")
                    : problems + " problem(s) in " + invalid + " of " + results.size() + " file(s)");
            environment.err().flush();
        }
        return invalid == 0 ? ExitCode.OK : ExitCode.INVALID_INPUT;
    }
}
