package org.attune.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.answers.AnswersFileReader;
import org.attune.definition.Questionnaire;
import org.attune.diagnostics.Diagnostic;
import org.attune.diagnostics.InvalidFileException;
import org.attune.diagnostics.Location;
import org.attune.files.BoundedRead;
import org.attune.yaml.YamlLimits;
import org.attune.yaml.YamlMap;
import org.attune.yaml.YamlScalar;
import org.attune.yaml.YamlTreeReader;

/**
 * Reads back unfinished sessions: a short summary of each for listing, and a whole session to resume,
 * with a note when the questionnaire changed since it was saved. A file that cannot be read is named in
 * a warning and skipped, so one bad file never hides the others.
 */
public final class SavedSessions {
    private static final long MAX_BYTES = YamlLimits.DEFAULT.maxBytes();

    /** One unfinished session, as 'attune resume' lists it. */
    public record Summary(Path file, String questionnaireId, String version, SessionMetadata metadata, Optional<String> pseudonym) {

        public boolean hasAnswers() {
            return metadata.answered() > 0;
        }
    }

    /** The sessions that could be read, and a warning for each file that could not. */
    public record Listing(List<Summary> sessions, List<String> warnings) {}

    /** A session ready to continue, its file (locked for this process), and what the person should know first. */
    public record Resumed(Session session, String note, SessionFile file) {}

    private SavedSessions() {}

    public static Listing list(SessionStore store) throws IOException {
        List<Summary> summaries = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Path file : store.files()) {
            try {
                byte[] bytes = BoundedRead.file(file, MAX_BYTES);
                if (bytes.length == 0) {
                    continue; // a session being created this moment
                }
                Optional<Summary> summary = summary(file, bytes);
                if (summary.isPresent()) {
                    summaries.add(summary.get());
                } else {
                    warnings.add(file + " is not a saved session (it has no 'session' block); skipped");
                }
            } catch (IOException e) {
                warnings.add("skipped " + file + ": " + e.getMessage());
            }
        }
        return new Listing(summaries, warnings);
    }

    private static Optional<Summary> summary(Path file, byte[] bytes) {
        YamlTreeReader.Result tree = new YamlTreeReader(YamlLimits.DEFAULT).read(file.toString(), bytes);
        if (!(tree.root() instanceof YamlMap map && map.get("session") instanceof YamlMap session)) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        session.entries().forEach((key, entry) -> {
            if (entry.value() instanceof YamlScalar s && !s.isNull()) {
                fields.put(key, s.text());
            }
        });
        String respondent = text(map, "respondent");
        Optional<String> pseudonym = respondent.isEmpty() ? Optional.empty() : Optional.of(Session.label(respondent));
        return Optional.of(new Summary(file, text(map, "questionnaire"), text(map, "version"), SessionMetadata.fromFields(fields), pseudonym));
    }

    /** The most recently saved unfinished session of this questionnaire that has at least one answer. */
    public static Optional<Resumed> latest(SessionStore store, Questionnaire questionnaire) throws IOException, InvalidFileException {
        for (Summary summary : list(store).sessions()) {
            if (summary.questionnaireId().equals(questionnaire.id()) && summary.hasAnswers()) {
                return Optional.of(resume(store, summary.file(), questionnaire));
            }
        }
        return Optional.empty();
    }

    /**
     * Opens a saved session (locking it) and reads it. A different major version is refused (its
     * questions may mean something else); otherwise answers that no longer fit are set aside and named
     * in the note, and those questions are asked again.
     */
    public static Resumed resume(SessionStore store, Path file, Questionnaire questionnaire) throws IOException, InvalidFileException {
        SessionFile opened = store.open(file);
        try {
            return read(file, questionnaire, opened);
        } catch (IOException | InvalidFileException | RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    private static Resumed read(Path file, Questionnaire questionnaire, SessionFile opened) throws IOException, InvalidFileException {
        AnswersFileReader.Result saved = new AnswersFileReader().readPartial(file.toString(), BoundedRead.file(file, MAX_BYTES), questionnaire);
        String savedVersion = saved.answers().questionnaireVersion();
        String currentVersion = questionnaire.header().version();
        if (!major(savedVersion).equals(major(currentVersion))) {
            throw new InvalidFileException(List.of(Diagnostic.at(Location.startOf(file.toString()),
                    "this session was saved for version " + savedVersion + " of '" + questionnaire.id() + "', and it is now version "
                            + currentVersion + ", whose questions may mean something else",
                    "start again with 'attune run " + questionnaire.id() + "'; the saved answers stay in this file")));
        }
        SessionMetadata metadata = SessionMetadata.fromFields(saved.session());
        List<String> notes = new ArrayList<>();
        if (!questionnaire.sha256().equals(metadata.sha256())) {
            notes.add("The questionnaire has changed since you started"
                    + (savedVersion.equals(currentVersion) ? "" : " (version " + savedVersion + " is now " + currentVersion + ")") + ".");
        }
        if (!saved.setAside().isEmpty()) {
            List<String> questions = saved.setAside().stream()
                    .map(id -> questionnaire.item(id).map(i -> "\u201c" + i.text() + "\u201d").orElse("a question that was removed")).toList();
            boolean changed = !notes.isEmpty();
            notes.add("Your " + (questions.size() == 1 ? "answer to " : "answers to ") + String.join(", ", questions)
                    + (changed ? (questions.size() == 1 ? " no longer fits" : " no longer fit") + " the changed questions"
                            : " could not be read back") + ", so you will be asked again.");
        }
        // with answers set aside, start at the first of them rather than where the person stopped
        Optional<Position> position = saved.setAside().isEmpty() ? metadata.position() : Optional.empty();
        String startedAt = metadata.startedAt().isEmpty() ? saved.answers().takenAt().orElse("") : metadata.startedAt();
        Session session = new Session(questionnaire, startedAt, saved.answers().values(), position);
        int answered = session.answeredCount();
        notes.add(0, "Welcome back: " + answered + (answered == 1 ? " answer is" : " answers are") + " kept from before.");
        return new Resumed(session, String.join(" ", notes), opened);
    }

    private static String major(String version) {
        int dot = version.indexOf('.');
        return dot < 0 ? version : version.substring(0, dot);
    }

    private static String text(YamlMap map, String key) {
        return map.get(key) instanceof YamlScalar s ? s.text() : "";
    }
}
