package org.attune.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.attune.answers.AnswersFileReader;
import org.attune.batch.InOrder;
import org.attune.definition.Questionnaire;
import org.attune.diagnostics.Diagnostics;
import org.attune.diagnostics.InvalidFileException;
import org.attune.report.JsonReport;
import org.attune.report.ReportDocument;
import org.attune.report.ReportRenderer;
import org.attune.report.TextStyle;
import org.attune.scoring.Guidance;
import org.attune.scoring.GuidanceEngine;
import org.attune.text.ControlCharacters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class ScoreCommand implements Callable<Integer> {
    private final AttuneCommand root;
    private final PositionalParamSpec questionnaire = CommandSpecs.questionnaire();
    private final OptionSpec answers = CommandSpecs.repeatable(String.class, "FILE", "-a", "--answers").required(true)
            .description("The answers file; - reads standard input. Repeat it, or name a folder (its *.yaml, *.yml and *.json files), "
                    + "to score many: JSON reports then come one per line (JSON Lines), text and Markdown separated by '---'.").build();
    private final OptionSpec format = CommandSpecs.option(ReportFormat.class, "FORMAT", "-f", "--format")
            .description("Report format: ${COMPLETION-CANDIDATES} (default: text, or what the --output file's extension says: .txt, .md, .json).").build();
    private final OptionSpec output = CommandSpecs.option(Path.class, "FILE", "-o", "--output")
            .description("Write the report to FILE (atomically: never half-written) instead of standard output.",
                    "The folder must exist; a read-only FILE is kept unless --force.").build();
    private final OptionSpec force = CommandSpecs.flag("--force").description("Replace a read-only --output file.").build();
    private final OptionSpec strict = CommandSpecs.flag("--strict")
            .description("Treat warnings (a different questionnaire version, answers to hidden items) as errors.").build();
    private final OptionSpec ascii = CommandSpecs.flag("--ascii").description("Draw bars and boxes with ASCII characters only.").build();
    private final CommandSpec spec;

    ScoreCommand(AttuneCommand root) {
        this.root = root;
        this.spec = CommandSpecs.command(this, "score", "Score an answers file and print the guidance report.", List.of(
                "Reads answers (YAML or JSON; see docs/answers-format.md), checks them against the",
                "questionnaire, and prints the report: flags first, then the recommendation and why,",
                "the scores, other recommendations that also apply, and your notes.",
                "Runs without a terminal, so it works in scripts and pipes."),
                questionnaire, answers, format, output, force, strict, ascii);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        CliEnvironment environment = root.environment();
        Path output = this.output.getValue();
        OutputFile target = output == null ? null : new OutputFile(output, CommandSpecs.given(force));
        ReportFormat format = OutputFile.formatFor(this.format.getValue(), output);
        Optional<AnswerInputs> inputs = AnswerInputs.read(root, questionnaire.getValue(), answers.getValue(), target == null ? List.of() : List.of(target));
        if (inputs.isEmpty()) {
            return ExitCode.INVALID_INPUT;
        }
        Questionnaire q = inputs.get().questionnaire();
        List<String> files = inputs.get().files();
        boolean many = files.size() > 1;
        if (many && format == ReportFormat.html) {
            environment.err().println("attune: an HTML report is one page for one answers file; score them one at a time,"
                    + " or use --format json for many");
            return ExitCode.USAGE;
        }
        // only a text report is laid out to the terminal's width (finding it out starts a process)
        TextStyle style = format == ReportFormat.text ? environment.textStyle(root.noColor(), CommandSpecs.given(ascii), output != null) : TextStyle.PLAIN_80;
        Reports reports = new Reports(environment, format != ReportFormat.json, output == null && many);
        // each file is read and scored on its own core; reports and messages come out in the files' order
        InOrder.each(files, Runtime.getRuntime().availableProcessors(), file -> scoreOne(environment, q, file, format, many, style), reports);
        int failed = reports.failed;
        if (output == null) {
            environment.out().writeUtf8(reports.pending.toByteArray());
            environment.out().flush();
        } else if (failed < files.size()) {
            try {
                target.write(reports.pending.toByteArray());
            } catch (InvalidFileException e) {
                return OutputFile.report(e, environment.err());
            }
            environment.err().println((many ? files.size() - failed + " reports" : "report") + " written to " + ControlCharacters.visible(output.toString()));
        }
        if (many && failed > 0) {
            environment.err().println("attune: " + failed + " of " + files.size() + " answers files could not be scored");
        }
        environment.err().flush();
        return failed == 0 ? ExitCode.OK : ExitCode.INVALID_INPUT;
    }

    /** One answers file scored: its report (UTF-8), or that it failed; and what it has to say on stderr. */
    private record Scored(byte[] report, String messages, boolean failed) {}

    /**
     * Takes the scored files in order: messages to stderr at once, reports joined ('---' between text and
     * Markdown ones) and, when {@code streaming}, printed as they come so a long batch keeps memory flat.
     */
    private static final class Reports implements java.util.function.Consumer<Scored> {
        private static final byte[] SEPARATOR = "\n---\n\n".getBytes(StandardCharsets.US_ASCII);
        private final CliEnvironment environment;
        private final boolean separated;
        private final boolean streaming;
        final ByteArrayOutputStream pending = new ByteArrayOutputStream();
        private int written;
        int failed;

        Reports(CliEnvironment environment, boolean separated, boolean streaming) {
            this.environment = environment;
            this.separated = separated;
            this.streaming = streaming;
        }

        @Override
        public void accept(Scored scored) {
            environment.err().print(scored.messages());
            if (scored.failed()) {
                failed++;
                return;
            }
            if (written++ > 0 && separated) {
                pending.writeBytes(SEPARATOR);
            }
            pending.writeBytes(scored.report());
            if (streaming) {
                environment.out().writeUtf8(pending.toByteArray());
                pending.reset();
            }
        }
    }

    private Scored scoreOne(CliEnvironment environment, Questionnaire q, String file, ReportFormat format, boolean many, TextStyle style) {
        StringWriter said = new StringWriter();
        PrintWriter err = new PrintWriter(said);
        try {
            String name = "-".equals(file) ? "<stdin>" : file;
            AnswersFileReader.Result result = new AnswersFileReader().read(name, AnswerSources.bytes(environment, name), q, CommandSpecs.given(strict));
            Diagnostics.render(result.warnings(), err::println);
            Guidance guidance = GuidanceEngine.evaluate(result.shown());
            ReportRenderer renderer = many && format == ReportFormat.json ? JsonReport.oneLine() : format.renderer(style);
            byte[] report = renderer.renderUtf8(ReportDocument.of(guidance));
            err.flush();
            return new Scored(report, said.toString(), false);
        } catch (InvalidFileException e) {
            InvalidInput.report(e, err);
            return new Scored(new byte[0], said.toString(), true);
        }
    }
}
