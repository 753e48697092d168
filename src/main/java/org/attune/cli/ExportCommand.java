package org.attune.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.attune.definition.Questionnaire;
import org.attune.diagnostics.InvalidFileException;
import org.attune.export.Export;
import org.attune.text.ControlCharacters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class ExportCommand implements Callable<Integer> {
    enum Format { csv, jsonl }

    private final AttuneCommand root;
    private final PositionalParamSpec questionnaire = CommandSpecs.questionnaire();
    private final OptionSpec answers = CommandSpecs.answersFolders();
    private final OptionSpec format = CommandSpecs.option(Format.class, "FORMAT", "-f", "--format").defaultValue("csv")
            .description("Data format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). JSON Lines has the same names as keys, null for empty cells.").build();
    private final OptionSpec output = CommandSpecs.option(Path.class, "FILE", "-o", "--output")
            .description("Write the data to FILE (atomically) instead of standard output.").build();
    private final OptionSpec codebook = CommandSpecs.option(Path.class, "FILE", "--codebook").description("Also write the codebook, as CSV, to FILE.").build();
    private final OptionSpec force = CommandSpecs.flag("--force").description("Replace a read-only --output or --codebook file.").build();
    private final CommandSpec spec;

    ExportCommand(AttuneCommand root) {
        this.root = root;
        this.spec = CommandSpecs.command(this, "export", "Export a group's answers as data: one row per answers file, for R, SPSS or a spreadsheet.", List.of(
                "Each row holds takenAt, the respondent label, the questionnaire version answered, every",
                "item's answer (value and option key; private free text never), every score and band, the",
                "flags (1 raised, 0 not, empty when undecided) and the recommendation.",
                "CSV follows RFC 4180 and is safe to open in a spreadsheet: text starting with = + - @ gets a",
                "leading ' so it is never run as a formula; numbers stay numbers.",
                "--codebook writes what each column holds (in the spirit of a REDCap data dictionary)."),
                questionnaire, answers, format, output, codebook, force);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        CliEnvironment environment = root.environment();
        Path output = this.output.getValue();
        Path codebook = this.codebook.getValue();
        boolean force = CommandSpecs.given(this.force);
        OutputFile target = output == null ? null : new OutputFile(output, force);
        OutputFile codebookFile = codebook == null ? null : new OutputFile(codebook, force);
        Optional<AnswerInputs> inputs = AnswerInputs.read(root, questionnaire.getValue(), answers.getValue(),
                java.util.stream.Stream.of(target, codebookFile).filter(java.util.Objects::nonNull).toList());
        if (inputs.isEmpty()) {
            return ExitCode.INVALID_INPUT;
        }
        Questionnaire q = inputs.get().questionnaire();
        List<String> files = inputs.get().files();
        AnswerBatch batch = AnswerBatch.read(environment, q, files);
        Export export = new Export(q);
        String data = format.getValue() == Format.csv ? export.csv(batch.answers()) : export.jsonLines(batch.answers());
        try {
            if (codebookFile != null) {
                codebookFile.write(export.codebook());
                environment.err().println("codebook written to " + ControlCharacters.visible(codebook.toString()));
            }
            if (target == null) {
                environment.out().print(data);
                environment.out().flush();
            } else {
                target.write(data);
                environment.err().println(batch.answers().size() + (batch.answers().size() == 1 ? " row" : " rows") + " written to "
                        + ControlCharacters.visible(output.toString()));
            }
        } catch (InvalidFileException e) {
            return OutputFile.report(e, environment.err());
        }
        batch.sayWhatWasUsed(environment);
        environment.err().flush();
        return batch.failed() == 0 ? ExitCode.OK : ExitCode.INVALID_INPUT;
    }
}
