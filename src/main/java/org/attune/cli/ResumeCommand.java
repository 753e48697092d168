package org.attune.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.attune.config.XdgDirectories;
import org.attune.definition.Questionnaire;
import org.attune.diagnostics.InvalidFileException;
import org.attune.report.ReportWording;
import org.attune.session.SavedSessions;
import org.attune.session.SessionInUseException;
import org.attune.session.SessionStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class ResumeCommand implements Callable<Integer> {
    private final AttuneCommand root;
    private final PositionalParamSpec number = CommandSpecs.argument(Integer.class, "NUMBER", "0..1").index("0")
            .description("Which session, as 'attune resume' numbers them.").build();
    private final OptionSpec discard = CommandSpecs.flag("--discard").description("Delete session NUMBER instead of continuing it.").build();
    private final RunOptions options = new RunOptions();
    private final CommandSpec spec;

    ResumeCommand(AttuneCommand root) {
        this.root = root;
        this.spec = CommandSpecs.command(this, "resume", "List unfinished sessions, continue one, or discard one.", List.of(
                "Without a number, lists the sessions you stopped before the end (newest first) with how far",
                "you got. With a number from that list, continues that session where you left it.",
                "With --discard and a number, deletes that session and its answers."),
                options.appendedTo(number, discard));
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws IOException {
        CliEnvironment environment = root.environment();
        Integer number = this.number.getValue();
        boolean discard = CommandSpecs.given(this.discard);
        XdgDirectories folders = XdgDirectories.from(environment.variables());
        SessionStore store = new SessionStore(folders.sessions());
        SavedSessions.Listing listing = SavedSessions.list(store);
        listing.warnings().forEach(w -> environment.err().println("attune: warning: " + w));
        List<SavedSessions.Summary> sessions = listing.sessions();
        if (number == null) {
            if (discard) {
                environment.err().println("attune: say which session to discard: attune resume --discard NUMBER");
                return ExitCode.USAGE;
            }
            return list(environment, sessions);
        }
        if (number < 1 || number > sessions.size()) {
            environment.err().println("attune: there is no session " + number + "; 'attune resume' lists "
                    + (sessions.isEmpty() ? "none" : "1 to " + sessions.size()));
            return ExitCode.USAGE;
        }
        SavedSessions.Summary chosen = sessions.get(number - 1);
        try {
            if (discard) {
                store.discard(chosen.file());
                environment.err().println("Discarded session " + number + " (" + chosen.questionnaireId() + ", started "
                        + ReportWording.date(chosen.metadata().startedAt()) + ").");
                return ExitCode.OK;
            }
            Questionnaire q = Questionnaires.resolveSaved(environment, chosen.questionnaireId(), chosen.metadata().source());
            SavedSessions.Resumed resumed = SavedSessions.resume(store, chosen.file(), q);
            return options.run(root, environment, folders, resumed.file(), resumed.session(), resumed.note(), options.prepareTerminal(environment));
        } catch (InvalidFileException e) {
            e.diagnostics().forEach(d -> environment.err().println(d.render()));
            return ExitCode.INVALID_INPUT;
        } catch (SessionInUseException e) {
            environment.err().println("attune: " + e.getMessage());
            return ExitCode.INVALID_INPUT;
        }
    }

    private static int list(CliEnvironment environment, List<SavedSessions.Summary> sessions) {
        if (sessions.isEmpty()) {
            environment.err().println("No unfinished sessions. Start one with: attune run QUESTIONNAIRE");
            return ExitCode.OK;
        }
        environment.out().printf("%-3s %-26s %-24s %-9s %s%n", "#", "QUESTIONNAIRE", "STARTED", "ANSWERED", "PSEUDONYM");
        for (int i = 0; i < sessions.size(); i++) {
            SavedSessions.Summary s = sessions.get(i);
            environment.out().printf("%-3d %-26s %-24s %-9s %s%n", i + 1, s.questionnaireId(), ReportWording.date(s.metadata().startedAt()),
                    s.metadata().answered() + " of " + s.metadata().shown(), s.pseudonym().orElse(""));
        }
        environment.out().flush();
        environment.err().println("Continue one with: attune resume NUMBER (or discard it with: attune resume --discard NUMBER)");
        return ExitCode.OK;
    }
}
