package org.attune.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.attune.files.AtomicFile;

/**
 * Finished results: for each, the answers (an answers file) and the report as JSON, side by side in the
 * data folder, readable only by their owner. Names start with the time taken, so they sort oldest first,
 * and each is created exclusively, so two results of the same second never overwrite each other.
 */
public final class ResultStore {
    static final String ANSWERS = ".answers.yaml";
    static final String REPORT = ".report.json";
    private final Path folder;

    /** One saved result: its answers file and its report next to it. */
    public record Saved(Path answers, Path report) {}

    public ResultStore(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    public Saved save(String questionnaireId, String takenAt, String answersYaml, String reportJson) throws IOException {
        String digits = takenAt.replaceAll("[^0-9]", "");
        String stamp = digits.length() >= 14 ? digits.substring(0, 8) + "-" + digits.substring(8, 14) : digits;
        Path answers = claim(stamp + "-" + questionnaireId);
        AtomicFile.write(answers, answersYaml.getBytes(StandardCharsets.UTF_8), AtomicFile.PRIVATE);
        Path report = reportFor(answers);
        AtomicFile.write(report, reportJson.getBytes(StandardCharsets.UTF_8), AtomicFile.PRIVATE);
        return new Saved(answers, report);
    }

    /** Answers files of past results, oldest first. */
    public List<Path> answersFiles() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            // by name without the suffix, so "x" (the first of a second) comes before "x-2"
            return new ArrayList<>(files.filter(p -> p.getFileName().toString().endsWith(ANSWERS))
                    .sorted(Comparator.comparing((Path p) -> base(p))).toList());
        }
    }

    private static String base(Path answersFile) {
        String name = answersFile.getFileName().toString();
        return name.substring(0, name.length() - ANSWERS.length());
    }

    public static Path reportFor(Path answersFile) {
        String name = answersFile.getFileName().toString();
        return answersFile.resolveSibling(name.substring(0, name.length() - ANSWERS.length()) + REPORT);
    }

    /** A new answers file, created empty and exclusively: base, base-2, base-3... */
    private Path claim(String base) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        for (int n = 1; n < 1000; n++) {
            Path candidate = folder.resolve(base + (n == 1 ? "" : "-" + n) + ANSWERS);
            if (Files.exists(candidate, LinkOption.NOFOLLOW_LINKS) || Files.exists(reportFor(candidate), LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                Files.newByteChannel(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return candidate;
            } catch (FileAlreadyExistsException e) {
                // taken a moment ago by another attune; try the next name
            }
        }
        throw new IOException("could not find a free file name for a new result in " + folder);
    }
}
