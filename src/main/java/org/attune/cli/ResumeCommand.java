package org.attune.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.attune.config.XdgDirectories;
import org.attune.definition.InvalidFileException;
import org.attune.definition.Questionnaire;
import org.attune.session.SavedSessions;
import org.attune.session.SessionStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "resume",
        mixinStandardHelpOptions = true,
        header = "List unfinished sessions, or continue one.",
        description = {
            "Without a number, lists the sessions you stopped before the end (newest first) with how far",
            "you got. With a number from that list, continues that session where you left it."
        })
final class ResumeCommand implements Callable<Integer> {
    @ParentCommand
    AttuneCommand root;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NUMBER", description = "Which session to continue, as 'attune resume' numbers them.")
    Integer number;

    @Mixin
    RunOptions options;

    @Override
    public Integer call() throws IOException {
        CliEnvironment environment = root.environment();
        XdgDirectories folders = XdgDirectories.from(environment.variables());
        SessionStore store = new SessionStore(folders.sessions());
        List<SavedSessions.Summary> sessions = SavedSessions.list(store);
        if (number == null) {
            if (sessions.isEmpty()) {
                environment.err().println("No unfinished sessions. Start one with: attune run QUESTIONNAIRE");
                return ExitCode.OK;
            }
            environment.out().printf("%-3s %-28s %-26s %s%n", "#", "QUESTIONNAIRE", "STARTED", "ANSWERED");
            for (int i = 0; i < sessions.size(); i++) {
                SavedSessions.Summary s = sessions.get(i);
                environment.out().printf("%-3d %-28s %-26s %s%n", i + 1, s.questionnaireId(), s.startedAt(), s.answered());
            }
            environment.out().flush();
            environment.err().println("Continue one with: attune resume NUMBER");
            return ExitCode.OK;
        }
        if (number < 1 || number > sessions.size()) {
            environment.err().println("attune: there is no session " + number + "; 'attune resume' lists "
                    + (sessions.isEmpty() ? "none" : "1 to " + sessions.size()));
            return ExitCode.USAGE;
        }
        SavedSessions.Summary chosen = sessions.get(number - 1);
        try {
            Questionnaire q = Questionnaires.resolveSaved(environment, chosen.questionnaireId(), chosen.source());
            SavedSessions.Resumed resumed = SavedSessions.resume(chosen.file(), q);
            return options.run(root, environment, folders, store, resumed.session(), resumed.note(), options.prepareTerminal(environment));
        } catch (InvalidFileException e) {
            e.diagnostics().forEach(d -> environment.err().println(d.render()));
            return ExitCode.INVALID_INPUT;
        }
    }
}
