package org.attune.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.attune.definition.Diagnostic;
import org.attune.definition.InvalidFileException;
import org.attune.definition.Location;

/** The answers files a command names: files as given, folders as their answers files in name order, - for stdin. */
final class AnswerSources {
    private AnswerSources() {}

    static List<String> expand(List<String> sources) throws InvalidFileException {
        List<String> files = new ArrayList<>();
        for (String source : sources) {
            Path path = Path.of(source);
            if (!"-".equals(source) && Files.isDirectory(path)) {
                try (Stream<Path> inside = Files.list(path)) {
                    List<String> found = inside.filter(AnswerSources::isAnswersFile).sorted().map(Path::toString).toList();
                    if (found.isEmpty()) {
                        throw new InvalidFileException(List.of(Diagnostic.at(Location.startOf(source),
                                "the folder has no answers files", "answers files end in .yaml, .yml or .json")));
                    }
                    files.addAll(found);
                } catch (IOException e) {
                    throw new InvalidFileException(List.of(Diagnostic.at(Location.startOf(source), "cannot list the folder: " + e.getMessage(),
                            "check that you may read it")));
                }
            } else {
                files.add(source);
            }
        }
        return files;
    }

    private static boolean isAnswersFile(Path path) {
        String name = path.getFileName().toString();
        // not only regular files: a folder or a device with an answers file's name is reported, not silently left out
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }
}
