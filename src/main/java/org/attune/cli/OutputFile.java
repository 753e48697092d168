package org.attune.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Locale;
import org.attune.diagnostics.Diagnostic;
import org.attune.diagnostics.InvalidFileException;
import org.attune.diagnostics.Location;
import org.attune.files.AtomicFile;

/**
 * A file named with --output: checked before anything is written (a device, a pipe or a folder is
 * refused, a read-only file is kept unless --force, a missing folder is not created), then written
 * atomically; every error names the file the user gave, never the temporary file.
 */
final class OutputFile {
    private final Path path;
    private final boolean force;

    OutputFile(Path path, boolean force) {
        this.path = path;
        this.force = force;
    }

    /** The format asked for with --format; else the one the --output file's extension stands for (.txt, .md, .json); else text. */
    static ReportFormat formatFor(ReportFormat asked, Path output) {
        if (asked != null) {
            return asked;
        }
        String name = output == null || output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? ReportFormat.text : ReportFormat.forExtension(name.substring(dot + 1)).orElse(ReportFormat.text);
    }

    /** Refuses a target that cannot or should not be replaced, before any work is done. */
    void check() throws InvalidFileException {
        Path absolute = path.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw problem("the folder " + (folder == null ? "/" : folder) + " does not exist", "create it first, or write the report elsewhere");
        }
        if (Files.exists(path)) {
            if (Files.isDirectory(path)) {
                throw problem("this is a folder, not a file", "name a file inside it, such as " + path.resolve("report.txt"));
            }
            if (!Files.isRegularFile(path)) {
                throw problem("this is a device, pipe or socket, not a regular file",
                        "name a regular file; to see the report on screen, leave out --output");
            }
            if (!force && readOnly()) {
                throw problem("the file is read-only", "add --force to replace it, or choose another name");
            }
        }
    }

    void write(String content) throws InvalidFileException {
        write(content.getBytes(StandardCharsets.UTF_8));
    }

    void write(byte[] utf8) throws InvalidFileException {
        check();
        try {
            AtomicFile.write(path, utf8);
        } catch (IOException e) {
            throw problem("cannot write the report: " + reason(e), "check that you may write to the folder " + path.toAbsolutePath().getParent());
        }
    }

    private boolean readOnly() {
        try {
            if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
                // the permission bits, not access(2): as root every file is writable, yet a read-only one was meant to be kept
                return !Files.getPosixFilePermissions(path).contains(PosixFilePermission.OWNER_WRITE);
            }
        } catch (IOException e) {
            return !Files.isWritable(path);
        }
        return !Files.isWritable(path);
    }

    /** What went wrong, without the temporary file's name that the exception carries. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder went away";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(Locale.ROOT);
        }
        return "an input/output error";
    }

    /** Prints why the output file was refused or could not be written; the exit code for it. */
    static int report(InvalidFileException e, java.io.PrintWriter err) {
        e.diagnostics().forEach(d -> err.println(d.render()));
        err.println("attune: the report was not written");
        err.flush();
        return ExitCode.INVALID_INPUT;
    }

    private InvalidFileException problem(String message, String fix) {
        return new InvalidFileException(List.of(Diagnostic.at(Location.startOf(path.toString()), message, fix)));
    }
}
