package org.attune.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.attune.answers.AnswersFileWriter;
import org.attune.config.XdgDirectories;
import org.attune.definition.InvalidFileException;
import org.attune.definition.Questionnaire;
import org.attune.files.AtomicFile;
import org.attune.report.JsonReport;
import org.attune.results.ResultStore;
import org.attune.scoring.Guidance;
import org.attune.scoring.GuidanceEngine;
import org.attune.session.PlainPrompter;
import org.attune.session.Prompter;
import org.attune.session.Session;
import org.attune.session.SessionRunner;
import org.attune.session.SessionStore;
import org.jline.terminal.Terminal;
import picocli.CommandLine.Option;

/** Options of every command that runs a session ('run' and 'resume'), and running one to its end. */
final class RunOptions {
    @Option(names = "--plain", description = "Line-by-line prompts without cursor movement (also automatic without a terminal).")
    boolean plain;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: text, or what the --output file's extension says).")
    ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Also write the report to FILE (atomically).")
    Path output;

    @Option(names = "--answers-out", paramLabel = "FILE", description = "Also write the answers to FILE (an answers file, atomically).")
    Path answersOut;

    @Option(names = "--ascii", description = "Draw with ASCII characters only.")
    boolean ascii;

    /** Runs a session to its end and handles the outcome; shared with 'attune resume'. */
    /** Line by line when asked, without a terminal on both ends, or on a dumb one. */
    boolean plainMode(CliEnvironment environment) {
        return plain || !environment.stdoutIsTerminal() || "dumb".equals(environment.variables().get("TERM"));
    }

    /** The terminal, built in the background while the caller loads the questionnaire; empty in plain mode. */
    Optional<CompletableFuture<Terminal>> prepareTerminal(CliEnvironment environment) {
        return plainMode(environment) ? Optional.empty() : Optional.of(TerminalSession.startBuilding());
    }

    int run(AttuneCommand root, CliEnvironment environment, XdgDirectories folders, SessionStore sessions, Session session, String note,
            Optional<CompletableFuture<Terminal>> terminal) throws IOException {
        ReportFormat format = this.format != null ? this.format
                : Optional.ofNullable(output).flatMap(OutputFile::formatOf).orElse(ReportFormat.text);
        try {
            if (output != null) {
                new OutputFile(output, false).check(); // before the questions, not after them
            }
        } catch (InvalidFileException e) {
            return OutputFile.report(e, environment.err());
        }
        Prompter prompter = terminal.isEmpty()
                ? new PlainPrompter(new BufferedReader(new InputStreamReader(environment.in(), StandardCharsets.UTF_8)), environment.err())
                : TerminalSession.prompter(terminal.get(), environment.textStyle(root.noColor, ascii, false));
        SessionRunner.Outcome outcome;
        try {
            outcome = new SessionRunner(prompter, sessions, environment::now).run(session, note);
        } finally {
            if (prompter instanceof AutoCloseable closeable) {
                TerminalSession.close(closeable);
            }
        }
        if (!outcome.finished()) {
            environment.err().println("Saved to " + outcome.savedTo() + ". Resume with: attune resume");
            environment.err().flush();
            return ExitCode.INTERRUPTED;
        }
        Questionnaire q = session.questionnaire();
        Guidance guidance = GuidanceEngine.evaluate(q, session.answers());
        String report = format.render(guidance, environment.textStyle(root.noColor, ascii, false));
        String answersYaml = AnswersFileWriter.write(session.answers(), Map.of());
        Path saved = new ResultStore(folders.results()).save(q.id(), session.startedAt(), answersYaml, JsonReport.render(guidance));
        if (answersOut != null) {
            AtomicFile.write(answersOut, answersYaml);
        }
        boolean written = true;
        if (output != null) {
            try {
                new OutputFile(output, false).write(format.render(guidance, environment.textStyle(root.noColor, ascii, true)));
            } catch (InvalidFileException e) {
                OutputFile.report(e, environment.err()); // the result is saved all the same; the report follows on stdout
                written = false;
            }
        }
        sessions.delete(session);
        environment.out().print(report);
        environment.out().flush();
        environment.err().println("Your answers and report are saved in " + saved.getParent());
        environment.err().println("(list them with 'attune results')."
                + (output != null && written ? " Report also written to " + output + "." : "")
                + (answersOut != null ? " Answers also written to " + answersOut + "." : ""));
        environment.err().flush();
        return written ? ExitCode.OK : ExitCode.INVALID_INPUT;
    }
}
