package org.attune.cli;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.attune.config.XdgDirectories;
import org.attune.definition.Questionnaire;
import org.attune.diagnostics.InvalidFileException;
import org.attune.session.SavedSessions;
import org.attune.session.Session;
import org.attune.session.SessionFile;
import org.attune.session.SessionInUseException;
import org.attune.session.SessionStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class RunCommand implements Callable<Integer> {
    private final AttuneCommand root;
    private final PositionalParamSpec questionnaire = CommandSpecs.questionnaire();
    private final OptionSpec resume = CommandSpecs.flag("--resume")
            .description("Continue the latest unfinished session of this questionnaire that has answers.").build();
    private final RunOptions options = new RunOptions();
    private final CommandSpec spec;

    RunCommand(AttuneCommand root) {
        this.root = root;
        this.spec = CommandSpecs.command(this, "run", "Answer a questionnaire in the terminal and get the guidance report.", List.of(
                "One question at a time, with back (b or left arrow), skip (s, for optional questions), prefer not to",
                "answer (d, where the questionnaire offers it), help (?) and",
                "a review before the end. Every answer is saved as you give it; q, Ctrl-C or Ctrl-D stops, and",
                "'attune resume' continues later. The report goes to standard output and is kept with your results.",
                "Without a terminal, or with --plain or TERM=dumb, questions come line by line (screen readers, pipes)."),
                options.appendedTo(questionnaire, resume));
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws IOException {
        CliEnvironment environment = root.environment();
        String questionnaire = this.questionnaire.getValue();
        boolean resume = CommandSpecs.given(this.resume);
        XdgDirectories folders = XdgDirectories.from(environment.variables());
        SessionStore sessions = new SessionStore(folders.sessions());
        Optional<FirstScreen.Shown> shown = root.firstScreen().take(questionnaire);
        Optional<ScreenSource> screen = shown.map(FirstScreen.Shown::screen).or(() -> options.prepareTerminal(environment));
        Session session;
        SessionFile file;
        String note = "";
        try {
            Questionnaire q = shown.isPresent() ? shown.get().questionnaire() : Questionnaires.resolve(environment, questionnaire);
            Optional<SavedSessions.Resumed> resumed = resume ? SavedSessions.latest(sessions, q) : Optional.empty();
            if (resume && resumed.isEmpty()) {
                environment.err().println("attune: no unfinished session of '" + q.id() + "' with answers to resume; starting a new one");
            }
            if (resumed.isPresent()) {
                session = resumed.get().session();
                note = resumed.get().note();
                file = resumed.get().file();
            } else {
                session = new Session(q, environment.now(), Map.of(), Optional.empty());
                file = sessions.create(session);
            }
        } catch (InvalidFileException e) {
            screen.ifPresent(ScreenSource::discard);
            return Questionnaires.reportNotStarted(e, questionnaire, environment.err());
        } catch (SessionInUseException e) {
            screen.ifPresent(ScreenSource::discard);
            environment.err().println("attune: " + e.getMessage());
            return ExitCode.INVALID_INPUT;
        }
        return options.run(root, environment, folders, file, session, note, screen);
    }
}
