package org.attune.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.attune.definition.Questionnaire;
import org.attune.diagnostics.InvalidFileException;
import org.attune.group.GroupStatistics;
import org.attune.group.GroupSummary;
import org.attune.group.GroupTooSmallException;
import org.attune.group.Privacy;
import org.attune.report.ReportDocument;
import org.attune.text.ControlCharacters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class GroupCommand implements Callable<Integer> {
    private final AttuneCommand root;
    private final PositionalParamSpec questionnaire = CommandSpecs.questionnaire();
    private final OptionSpec answers = CommandSpecs.answersFolders();
    private final OptionSpec minGroup = CommandSpecs.option(int.class, "N", "--min-group").defaultValue("5")
            .description("Refuse a summary of fewer members than N (default: ${DEFAULT-VALUE}; never below 3).").build();
    private final OptionSpec showSmallCounts = CommandSpecs.flag("--show-small-counts")
            .description("Show counts of 1 or 2 as they are, instead of \"fewer than 3\".").build();
    private final OptionSpec format = CommandSpecs.option(ReportFormat.class, "FORMAT", "-f", "--format")
            .description("Summary format: ${COMPLETION-CANDIDATES} (default: text, or what the --output file's extension says).").build();
    private final OptionSpec output = CommandSpecs.option(Path.class, "FILE", "-o", "--output")
            .description("Write the summary to FILE (atomically) instead of standard output.", "The folder must exist; a read-only FILE is kept unless --force.").build();
    private final OptionSpec force = CommandSpecs.flag("--force").description("Replace a read-only --output file.").build();
    private final OptionSpec ascii = CommandSpecs.flag("--ascii").description("Draw bars with ASCII characters only.").build();
    private final CommandSpec spec;

    GroupCommand(AttuneCommand root) {
        this.root = root;
        this.spec = CommandSpecs.command(this, "group", "Summarise a supervision group's answers: counts and statistics, never who.", List.of(
                "Scores every answers file as 'attune score' would, then prints one summary for the group: the",
                "number of members; per score its mean, median, range, standard deviation and how many fall in",
                "each band; per item how often each answer was given; how many raised each flag; the kinds of",
                "recommendation. Free text never appears, nor respondent labels or file names.",
                "Refused below --min-group members. Counts of 1 or 2 show as \"fewer than 3\".",
                "Answers for another questionnaire are skipped with a message; another version is warned about."),
                questionnaire, answers, minGroup, showSmallCounts, format, output, force, ascii);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        CliEnvironment environment = root.environment();
        int minGroup = this.minGroup.getValue();
        Path output = this.output.getValue();
        if (minGroup < Privacy.SMALLEST) {
            environment.err().println("attune: --min-group " + minGroup + " is too small; a group summary needs at least " + Privacy.SMALLEST
                    + " members, so that no one can be recognised");
            environment.err().flush();
            return ExitCode.USAGE;
        }
        OutputFile target = output == null ? null : new OutputFile(output, CommandSpecs.given(force));
        ReportFormat format = OutputFile.formatFor(this.format.getValue(), output);
        Optional<AnswerInputs> inputs = AnswerInputs.read(root, questionnaire.getValue(), answers.getValue(), target == null ? List.of() : List.of(target));
        if (inputs.isEmpty()) {
            return ExitCode.INVALID_INPUT;
        }
        Questionnaire q = inputs.get().questionnaire();
        List<String> files = inputs.get().files();
        AnswerBatch batch = AnswerBatch.read(environment, q, files);
        GroupSummary summary;
        try {
            summary = GroupStatistics.summarise(q, batch.answers(), new Privacy(minGroup, CommandSpecs.given(showSmallCounts)));
        } catch (GroupTooSmallException e) {
            batch.sayWhatWasUsed(environment);
            if (batch.answers().isEmpty()) { // every file failed or was skipped, each with its reason above
                environment.err().println("attune: no answers could be used; nothing was summarised");
                environment.err().flush();
                return ExitCode.INVALID_INPUT;
            }
            environment.err().println("attune: " + e.members() + (e.members() == 1 ? " member" : " members") + " answered '" + q.id()
                    + "'; a group summary needs at least " + e.minGroup() + " (--min-group), so that no one can be recognised."
                    + " Nothing was summarised.");
            environment.err().flush();
            return ExitCode.INVALID_INPUT;
        }
        String text = format.renderer(environment.textStyle(root.noColor(), CommandSpecs.given(ascii), output != null)).render(ReportDocument.ofGroup(summary));
        if (target == null) {
            environment.out().print(text);
            environment.out().flush();
        } else {
            try {
                target.write(text);
            } catch (InvalidFileException e) {
                return OutputFile.report(e, environment.err());
            }
            environment.err().println("summary written to " + ControlCharacters.visible(output.toString()));
        }
        batch.sayWhatWasUsed(environment);
        environment.err().flush();
        return batch.failed() == 0 ? ExitCode.OK : ExitCode.INVALID_INPUT;
    }
}
