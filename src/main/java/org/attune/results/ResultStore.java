package org.attune.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.attune.files.AtomicFile;

/**
 * Finished results: for each, the answers (an answers file) and the report as JSON, side by side in the
 * data folder, readable only by their owner.
 */
public final class ResultStore {
    static final String ANSWERS = ".answers.yaml";
    static final String REPORT = ".report.json";
    private final Path folder;

    public ResultStore(Path folder) {
        this.folder = folder;
    }

    /** Saves one result; returns the answers file (the report sits next to it). */
    public Path save(String questionnaireId, String takenAt, String answersYaml, String reportJson) throws IOException {
        String base = questionnaireId + "-" + takenAt.replaceAll("[^0-9A-Za-z]", "");
        Path answers = folder.resolve(base + ANSWERS);
        AtomicFile.write(answers, answersYaml.getBytes(StandardCharsets.UTF_8), AtomicFile.PRIVATE);
        AtomicFile.write(folder.resolve(base + REPORT), reportJson.getBytes(StandardCharsets.UTF_8), AtomicFile.PRIVATE);
        return answers;
    }

    /** Answers files of past results, oldest first. */
    public List<Path> answersFiles() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return new ArrayList<>(files.filter(p -> p.getFileName().toString().endsWith(ANSWERS)).sorted().toList());
        }
    }

    public static Path reportFor(Path answersFile) {
        String name = answersFile.getFileName().toString();
        return answersFile.resolveSibling(name.substring(0, name.length() - ANSWERS.length()) + REPORT);
    }
}
