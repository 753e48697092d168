package org.attune.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.attune.diagnostics.Diagnostic;
import org.attune.diagnostics.InvalidFileException;
import org.attune.diagnostics.Location;
import org.attune.files.BoundedRead;
import org.attune.yaml.YamlLimits;

/** The answers files a command names: files as given, folders as their answers files in name order, - for stdin; and reading one within its size limit. */
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

    /** An answers file's bytes, or standard input's for {@code <stdin>}, within the size limit; every failure as a problem at the file. */
    static byte[] bytes(CliEnvironment environment, String name) throws InvalidFileException {
        long limit = YamlLimits.DEFAULT.maxBytes();
        try {
            byte[] bytes = "<stdin>".equals(name) ? BoundedRead.stream(environment.in(), limit, "the standard input")
                    : BoundedRead.file(Path.of(name), limit);
            if (bytes.length == 0) {
                throw problem(name, "no answers were given (the input is empty)", "pass an answers file, or pipe one into --answers -");
            }
            return bytes;
        } catch (java.nio.file.NoSuchFileException e) {
            throw problem(name, "no such file", "check the path of the answers file");
        } catch (BoundedRead.TooLargeException e) {
            throw problem(name, "the answers are larger than " + limit / 1024 + " KiB", "answers files are small text files; check you named the right file");
        } catch (BoundedRead.NotARegularFileException e) {
            throw problem(name, Files.isDirectory(Path.of(name)) ? "this is a folder, not an answers file" : "this is a device, pipe or socket, not an answers file",
                    "name an answers file, or pipe the answers into --answers -");
        } catch (IOException e) {
            throw problem(name, "cannot read the answers: " + e.getMessage(), "check that the file exists and you may read it");
        }
    }

    private static InvalidFileException problem(String name, String message, String fix) {
        return new InvalidFileException(List.of(Diagnostic.at(Location.startOf(name), message, fix)));
    }
}
