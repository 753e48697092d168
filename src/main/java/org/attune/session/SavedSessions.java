package org.attune.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attune.answers.AnswersFileReader;
import org.attune.definition.Diagnostic;
import org.attune.definition.InvalidFileException;
import org.attune.definition.Location;
import org.attune.definition.Questionnaire;
import org.attune.definition.yaml.YamlLimits;
import org.attune.definition.yaml.YamlMap;
import org.attune.definition.yaml.YamlScalar;
import org.attune.definition.yaml.YamlTreeReader;

/**
 * Reads back unfinished sessions: a short summary of each for listing, and a whole session to resume,
 * with a note when the questionnaire changed since it was saved.
 */
public final class SavedSessions {

    /** One unfinished session, as 'attune resume' lists it. */
    public record Summary(Path file, String questionnaireId, String version, String startedAt, String updatedAt, String answered,
            String source) {}

    /** A session ready to continue, and what the person should know first (empty when nothing changed). */
    public record Resumed(Session session, String note) {}

    private SavedSessions() {}

    public static List<Summary> list(SessionStore store) throws IOException {
        List<Summary> summaries = new ArrayList<>();
        for (Path file : store.files()) {
            YamlTreeReader.Result tree = new YamlTreeReader(YamlLimits.DEFAULT).read(file.toString(), Files.readAllBytes(file));
            if (tree.root() instanceof YamlMap map && map.get("session") instanceof YamlMap session) {
                summaries.add(new Summary(file, text(map, "questionnaire"), text(map, "version"), text(session, "startedAt"),
                        text(session, "updatedAt"), text(session, "answered"), text(session, "source")));
            }
        }
        return summaries;
    }

    /** The most recently saved unfinished session of this questionnaire. */
    public static Optional<Resumed> latest(SessionStore store, Questionnaire questionnaire) throws IOException,
            InvalidFileException {
        for (Summary summary : list(store)) {
            if (summary.questionnaireId().equals(questionnaire.id())) {
                return Optional.of(resume(summary.file(), questionnaire));
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a saved session. A different major version is refused (its questions may mean something else);
     * otherwise answers that no longer fit are set aside and named in the note.
     */
    public static Resumed resume(Path file, Questionnaire questionnaire) throws IOException, InvalidFileException {
        AnswersFileReader.Result saved = new AnswersFileReader().readPartial(file.toString(), Files.readAllBytes(file), questionnaire);
        String savedVersion = saved.answers().questionnaireVersion();
        String currentVersion = questionnaire.header().version();
        if (!major(savedVersion).equals(major(currentVersion))) {
            throw new InvalidFileException(List.of(Diagnostic.at(Location.startOf(file.toString()),
                    "this session was saved for version " + savedVersion + " of '" + questionnaire.id() + "', and it is now version "
                            + currentVersion + ", whose questions may mean something else",
                    "start again with 'attune run " + questionnaire.id() + "'; the saved answers stay in this file")));
        }
        List<String> notes = new ArrayList<>();
        if (!questionnaire.sha256().equals(saved.session().get("sha256"))) {
            notes.add("The questionnaire has changed since you started"
                    + (savedVersion.equals(currentVersion) ? "" : " (version " + savedVersion + " is now " + currentVersion + ")") + ".");
        }
        if (!saved.setAside().isEmpty()) {
            List<String> questions = saved.setAside().stream()
                    .map(id -> questionnaire.item(id).map(i -> "\u201c" + i.text() + "\u201d").orElse("a question that was removed")).toList();
            notes.add("Your " + (questions.size() == 1 ? "answer to " : "answers to ") + String.join(", ", questions)
                    + (questions.size() == 1 ? " no longer fits" : " no longer fit") + " the changed questions, so you will be asked again.");
        }
        Session session = new Session(questionnaire, saved.session().getOrDefault("startedAt", saved.answers().takenAt().orElse("")),
                saved.answers().values(), Optional.ofNullable(saved.session().get("position")));
        int answered = session.answeredCount();
        notes.add(0, "Welcome back: " + answered + (answered == 1 ? " answer is" : " answers are") + " kept from before.");
        return new Resumed(session, String.join(" ", notes));
    }

    private static String major(String version) {
        int dot = version.indexOf('.');
        return dot < 0 ? version : version.substring(0, dot);
    }

    private static String text(YamlMap map, String key) {
        return map.get(key) instanceof YamlScalar s ? s.text() : "";
    }
}
