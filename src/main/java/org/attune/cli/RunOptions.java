package org.attune.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.attune.answers.AnswersFileWriter;
import org.attune.config.XdgDirectories;
import org.attune.definition.Questionnaire;
import org.attune.diagnostics.InvalidFileException;
import org.attune.files.AtomicFile;
import org.attune.report.JsonReport;
import org.attune.report.ReportDocument;
import org.attune.report.ResultSummary;
import org.attune.report.TextReport;
import org.attune.report.TextStyle;
import org.attune.results.ResultStore;
import org.attune.scoring.Guidance;
import org.attune.scoring.GuidanceEngine;
import org.attune.session.PlainPrompter;
import org.attune.session.Prompter;
import org.attune.session.Session;
import org.attune.session.SessionFile;
import org.attune.session.SessionRunner;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Options of every command that runs a session ('run' and 'resume'), and running one to its end. */
final class RunOptions {
    private final OptionSpec plain = CommandSpecs.flag("--plain")
            .description("Line-by-line prompts without cursor movement (also automatic without a terminal).").build();
    private final OptionSpec format = CommandSpecs.option(ReportFormat.class, "FORMAT", "-f", "--format")
            .description("Report format: ${COMPLETION-CANDIDATES} (default: text, or what the --output file's extension says).").build();
    private final OptionSpec output = CommandSpecs.option(Path.class, "FILE", "-o", "--output").description("Also write the report to FILE (atomically).").build();
    private final OptionSpec answersOut = CommandSpecs.option(Path.class, "FILE", "--answers-out")
            .description("Also write the answers to FILE (an answers file, atomically).").build();
    private final OptionSpec ascii = CommandSpecs.flag("--ascii").description("Draw with ASCII characters only.").build();

    /** A command's own arguments, then these options. */
    ArgSpec[] appendedTo(ArgSpec... own) {
        return Stream.concat(Stream.of(own), Stream.of(plain, format, output, answersOut, ascii)).toArray(ArgSpec[]::new);
    }

    private Path output() {
        return output.getValue();
    }

    private Path answersOut() {
        return answersOut.getValue();
    }

    private boolean ascii() {
        return CommandSpecs.given(ascii);
    }

    /** Line by line when asked, without a terminal on both ends, or on a dumb one. */
    boolean plainMode(CliEnvironment environment) {
        return CommandSpecs.given(plain) || plainByEnvironment(environment);
    }

    static boolean plainByEnvironment(CliEnvironment environment) {
        return !environment.stdoutIsTerminal() || "dumb".equals(environment.variables().get("TERM"));
    }

    /** The terminal, built in the background while the caller loads the questionnaire; empty in plain mode. */
    Optional<ScreenSource> prepareTerminal(CliEnvironment environment) {
        return plainMode(environment) ? Optional.empty()
                : Optional.of(new ScreenSource.Building(TerminalSession.startBuilding(environment.variables().get("TERM"))));
    }

    /**
     * Runs a session to its end and handles the outcome; shared with 'attune resume'. In full screen the
     * report is shown there first, and a short summary is left in the shell; otherwise the whole report
     * goes to standard output.
     */
    int run(AttuneCommand root, CliEnvironment environment, XdgDirectories folders, SessionFile file, Session session, String note,
            Optional<ScreenSource> screen) throws IOException {
        Path output = output();
        Path answersOut = answersOut();
        boolean ascii = ascii();
        ReportFormat format = OutputFile.formatFor(this.format.getValue(), output);
        try {
            if (output != null) {
                new OutputFile(output, false).check(); // before the questions, not after them
            }
        } catch (InvalidFileException e) {
            file.close();
            screen.ifPresent(ScreenSource::discard);
            return OutputFile.report(e, environment.err());
        }
        try (file) {
            Prompter prompter = screen.isEmpty()
                    ? new PlainPrompter(new BufferedReader(new InputStreamReader(environment.in(), StandardCharsets.UTF_8)), environment.err())
                    : screen.get().open(environment.screenStyle(root.noColor(), ascii), environment.err());
            Finished finished;
            Optional<String> summary = Optional.empty();
            try {
                SessionRunner.Outcome outcome = new SessionRunner(prompter, file, environment::now).run(session, note);
                if (!outcome.finished()) {
                    closePrompter(prompter);
                    environment.err().println(outcome.savedTo().map(p -> "Saved to " + p + ". Resume with: attune resume")
                            .orElse("Nothing was answered, so nothing was saved."));
                    environment.err().flush();
                    return ExitCode.INTERRUPTED;
                }
                finished = finish(root, environment, folders, file, session, format);
                if (prompter instanceof TerminalSession fullScreen) {
                    TextStyle style = environment.textStyle(root.noColor(), ascii, false);
                    fullScreen.showReport(width -> reportLines(finished.guidance(), new TextStyle(width, style.color(), style.unicode())));
                    // a format asked for by name is printed whole; the text report was just read on screen
                    if (format == ReportFormat.text) {
                        summary = Optional.of(ResultSummary.render(finished.guidance(), finished.saved().report(), finished.number(),
                                fullScreen.columns()));
                    }
                }
            } finally {
                closePrompter(prompter);
            }
            environment.out().print(summary.orElseGet(() -> format.render(finished.guidance(), environment.textStyle(root.noColor(), ascii, false))));
            environment.out().flush();
            if (summary.isEmpty()) {
                environment.err().println("Your answers and report are saved in " + finished.saved().answers().getParent());
                environment.err().println("(see this report again with 'attune results show " + finished.number() + "').");
            }
            if ((output != null && finished.written()) || answersOut != null) {
                environment.err().println((output != null && finished.written() ? "Report also written to " + output + ". " : "")
                        + (answersOut != null ? "Answers also written to " + answersOut + "." : ""));
            }
            environment.err().flush();
            return ExitCode.OK;
        }
    }

    /** The report as the full-screen view shows it: the recommendation at a glance, then the text report. */
    private static List<String> reportLines(Guidance guidance, TextStyle style) {
        List<String> lines = new java.util.ArrayList<>(ResultSummary.atAGlance(guidance, style.width()));
        lines.add("");
        lines.addAll(List.of(new TextReport(style).render(ReportDocument.of(guidance)).split("\n", -1)));
        return lines;
    }

    /** {@code written}: false when the report could not be written to --output (the result is kept all the same). */
    private record Finished(Guidance guidance, ResultStore.Saved saved, int number, boolean written) {}

    /** Scores the answers, keeps the result, writes the files asked for and removes the finished session. */
    private Finished finish(AttuneCommand root, CliEnvironment environment, XdgDirectories folders, SessionFile file, Session session,
            ReportFormat format) throws IOException {
        Questionnaire q = session.questionnaire();
        Guidance guidance = GuidanceEngine.evaluate(q, session.answers());
        String answersYaml = AnswersFileWriter.write(session.answers(), Map.of());
        ResultStore results = new ResultStore(folders.results());
        // the kept copy also says which questionnaire file it was answered with, so 'results show' can score it again
        String kept = AnswersFileWriter.write(session.answers(), Map.of("source", SessionFile.sourceOf(q)));
        ResultStore.Saved saved = results.save(q.id(), session.startedAt(), kept, JsonReport.render(guidance));
        if (answersOut() != null) {
            AtomicFile.write(answersOut(), answersYaml);
        }
        boolean written = true;
        if (output() != null) {
            try {
                new OutputFile(output(), false).write(format.render(guidance, environment.textStyle(root.noColor(), ascii(), true)));
            } catch (InvalidFileException e) {
                OutputFile.report(e, environment.err()); // the result is saved all the same; the report follows on stdout
                written = false;
            }
        }
        file.delete();
        int number = results.answersFiles().indexOf(saved.answers()) + 1;
        return new Finished(guidance, saved, number, written);
    }

    private static void closePrompter(Prompter prompter) throws IOException {
        if (prompter instanceof TerminalSession screen) {
            screen.close();
        }
    }
}
