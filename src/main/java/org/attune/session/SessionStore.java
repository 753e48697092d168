package org.attune.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

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

    /** The file for a new session; nothing is written until the first save. */
    public SessionFile create(Session session) {
        return SessionFile.unsaved(folder, session.questionnaire().id(), session.startedAt());
    }

    /** A saved session's file, locked for this process; refused when another attune has it open. */
    public SessionFile open(Path file) throws IOException {
        return SessionFile.locked(file);
    }

    /** Deletes a saved session, unless another attune has it open. */
    public void discard(Path file) throws IOException {
        try (SessionFile opened = open(file)) {
            opened.delete();
        }
    }

    /** Every *.yaml entry of the folder (files or not: the reader says what is wrong with each), newest first. */
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
