package org.attune.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.attune.definition.InvalidFileException;
import org.attune.definition.Questionnaire;
import org.attune.group.GroupStatistics;
import org.attune.group.GroupSummary;
import org.attune.group.GroupTooSmallException;
import org.attune.group.Privacy;
import org.attune.report.ReportDocument;
import org.attune.text.ControlCharacters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "group",
        mixinStandardHelpOptions = true,
        header = "Summarise a supervision group's answers: counts and statistics, never who.",
        description = {
            "Scores every answers file as 'attune score' would, then prints one summary for the group: the",
            "number of members; per score its mean, median, range, standard deviation and how many fall in",
            "each band; per item how often each answer was given; how many raised each flag; the kinds of",
            "recommendation. Free text never appears, nor respondent labels or file names.",
            "Refused below --min-group members. Counts of 1 or 2 show as \"fewer than 3\".",
            "Answers for another questionnaire are skipped with a message; another version is warned about."
        })
final class GroupCommand implements Callable<Integer> {
    @ParentCommand
    AttuneCommand root;

    @Parameters(index = "0", paramLabel = "QUESTIONNAIRE", completionCandidates = QuestionnaireIds.class, description = "A questionnaire id (see 'attune list') or a path to its file.")
    String questionnaire;

    @Option(names = {"-a", "--answers"}, required = true, paramLabel = "DIR|FILE",
            description = "A folder of answers files (its *.yaml, *.yml and *.json files) or an answers file; repeat it for more.")
    List<String> answers;

    @Option(names = "--min-group", paramLabel = "N", defaultValue = "5",
            description = "Refuse a summary of fewer members than N (default: ${DEFAULT-VALUE}; never below 3).")
    int minGroup;

    @Option(names = "--show-small-counts", description = "Show counts of 1 or 2 as they are, instead of \"fewer than 3\".")
    boolean showSmallCounts;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "Summary format: ${COMPLETION-CANDIDATES} (default: text, or what the --output file's extension says).")
    ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = {"Write the summary to FILE (atomically) instead of standard output.", "The folder must exist; a read-only FILE is kept unless --force."})
    Path output;

    @Option(names = "--force", description = "Replace a read-only --output file.")
    boolean force;

    @Option(names = "--ascii", description = "Draw bars with ASCII characters only.")
    boolean ascii;

    @Override
    public Integer call() {
        CliEnvironment environment = root.environment();
        if (minGroup < Privacy.SMALLEST) {
            environment.err().println("attune: --min-group " + minGroup + " is too small; a group summary needs at least " + Privacy.SMALLEST
                    + " members, so that no one can be recognised");
            environment.err().flush();
            return ExitCode.USAGE;
        }
        OutputFile target = output == null ? null : new OutputFile(output, force);
        ReportFormat format = this.format != null ? this.format
                : Optional.ofNullable(output).flatMap(OutputFile::formatOf).orElse(ReportFormat.text);
        Optional<AnswerInputs> inputs = AnswerInputs.read(root, questionnaire, answers, target == null ? List.of() : List.of(target));
        if (inputs.isEmpty()) {
            return ExitCode.INVALID_INPUT;
        }
        Questionnaire q = inputs.get().questionnaire();
        List<String> files = inputs.get().files();
        AnswerBatch batch = AnswerBatch.read(environment, q, files);
        GroupSummary summary;
        try {
            summary = GroupStatistics.summarise(q, batch.answers(), new Privacy(minGroup, showSmallCounts));
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
        String text = format.renderer(environment.textStyle(root.noColor, ascii, output != null)).render(ReportDocument.ofGroup(summary));
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
