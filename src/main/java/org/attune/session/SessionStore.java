package org.attune.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.attune.answers.Answers;
import org.attune.answers.AnswersFileWriter;
import org.attune.files.AtomicFile;

/**
 * Unfinished sessions, one answers file each (with a {@code session} block) in the state folder,
 * written atomically and readable only by their owner after every answer.
 */
public final class SessionStore {
    private final Path folder;

    public SessionStore(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** The file a session is saved in: questionnaire id and start time, so names sort by age. */
    public Path fileFor(Session session) {
        return folder.resolve(session.questionnaire().id() + "-" + session.startedAt().replaceAll("[^0-9A-Za-z]", "") + ".yaml");
    }

    public Path save(Session session, String updatedAt) throws IOException {
        Answers all = new Answers(session.questionnaire().id(), session.questionnaire().header().version(),
                Optional.of(session.startedAt()), Optional.empty(), session.given());
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("startedAt", session.startedAt());
        meta.put("updatedAt", updatedAt);
        meta.put("position", session.position());
        meta.put("sha256", session.questionnaire().sha256());
        Path source = Path.of(session.questionnaire().source());
        // absolute, so the session can be resumed from any folder
        meta.put("source", Files.exists(source) ? source.toAbsolutePath().toString() : session.questionnaire().source());
        meta.put("answered", session.answeredCount() + " of " + session.shownQuestionCount());
        Path file = fileFor(session);
        AtomicFile.write(file, AnswersFileWriter.write(all, meta).getBytes(java.nio.charset.StandardCharsets.UTF_8), AtomicFile.PRIVATE);
        return file;
    }

    public void delete(Session session) throws IOException {
        Files.deleteIfExists(fileFor(session));
    }

    /** Saved session files, newest first. */
    public List<Path> files() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> found = new ArrayList<>(files.filter(p -> p.getFileName().toString().endsWith(".yaml")).toList());
            found.sort(Comparator.comparing((Path p) -> p.toFile().lastModified()).reversed().thenComparing(Path::toString));
            return found;
        }
    }
}
