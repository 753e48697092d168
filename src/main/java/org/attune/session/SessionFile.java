package org.attune.session;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.attune.answers.Answers;
import org.attune.answers.AnswersFileWriter;
import org.attune.definition.Questionnaire;
import org.attune.files.AtomicFile;

/**
 * The one file a session is saved in, held locked while the session is answered so a second attune
 * cannot resume it at the same time. A new session's file gets a name of its own (created exclusively)
 * only when there is something to save, so leaving at the title screen leaves nothing behind.
 */
public final class SessionFile implements AutoCloseable {
    private final Path folder;
    private final String baseName;
    private Optional<Path> path;
    private Optional<Lock> lock = Optional.empty();

    private SessionFile(Path folder, String baseName, Optional<Path> path) {
        this.folder = folder;
        this.baseName = baseName;
        this.path = path;
    }

    /** A session not saved yet; its file is named after the questionnaire and start time. */
    static SessionFile unsaved(Path folder, String questionnaireId, String startedAt) {
        return new SessionFile(folder, questionnaireId + "-" + startedAt.replaceAll("[^0-9A-Za-z]", ""), Optional.empty());
    }

    /** A saved session, locked at once; refused when another process has it open. */
    static SessionFile locked(Path file) throws IOException {
        SessionFile opened = new SessionFile(file.getParent(), "", Optional.of(file));
        opened.lock = Optional.of(Lock.take(file));
        return opened;
    }

    public Optional<Path> path() {
        return path;
    }

    /** The file, or before the first save the folder it will be in: for messages. */
    public Path where() {
        return path.orElse(folder);
    }

    public Path save(Session session, String updatedAt) throws IOException {
        Path file = path.isPresent() ? path.get() : claimNewName();
        Answers all = new Answers(session.questionnaire().id(), session.questionnaire().header().version(),
                Optional.of(session.startedAt()), session.pseudonym(), session.given());
        SessionMetadata meta = new SessionMetadata(session.startedAt(), updatedAt, Optional.of(session.position()),
                session.questionnaire().sha256(), sourceOf(session.questionnaire()), session.answeredCount(), session.shownQuestionCount());
        AtomicFile.write(file, AnswersFileWriter.write(all, meta.toFields()).getBytes(StandardCharsets.UTF_8), AtomicFile.PRIVATE);
        return file;
    }

    /** Where a questionnaire was loaded from: a file as an absolute path, so it is found again from any folder. */
    public static String sourceOf(Questionnaire questionnaire) {
        Path source = Path.of(questionnaire.source());
        return Files.exists(source) ? source.toAbsolutePath().toString() : questionnaire.source();
    }

    /** Removes the saved session (it finished, or was discarded). */
    public void delete() throws IOException {
        if (path.isPresent()) {
            Files.deleteIfExists(path.get());
            lock.ifPresent(Lock::deleteFile);
        }
    }

    @Override
    public void close() throws IOException {
        if (lock.isPresent()) {
            lock.get().release();
            lock = Optional.empty();
        }
    }

    /** name.yaml, or name-2.yaml, name-3.yaml... when sessions started in the same second. */
    private Path claimNewName() throws IOException {
        Files.createDirectories(folder);
        for (int n = 1; n < 1000; n++) {
            Path candidate = folder.resolve(baseName + (n == 1 ? "" : "-" + n) + ".yaml");
            if (Files.exists(candidate, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            Lock taken;
            try {
                taken = Lock.take(candidate);
            } catch (SessionInUseException inUse) {
                continue;
            }
            try {
                Files.newByteChannel(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
            } catch (FileAlreadyExistsException e) {
                taken.release();
                continue;
            }
            lock = Optional.of(taken);
            path = Optional.of(candidate);
            return candidate;
        }
        throw new IOException("could not find a free file name for a new session in " + folder);
    }

    /** An OS lock on a small file next to the session (the session itself is replaced on every save). */
    private record Lock(Path file, FileChannel channel, FileLock lock) {

        static Path fileFor(Path session) {
            return session.resolveSibling("." + session.getFileName() + ".lock");
        }

        static Lock take(Path session) throws IOException {
            Path file = fileFor(session);
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new SessionInUseException(session);
            }
            return new Lock(file, channel, lock);
        }

        void release() throws IOException {
            lock.release();
            channel.close();
        }

        void deleteFile() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a lock file left behind is harmless: it holds no answers and is not listed
            }
        }
    }
}
