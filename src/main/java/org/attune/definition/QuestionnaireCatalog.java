package org.attune.definition;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.attune.diagnostics.Diagnostic;
import org.attune.diagnostics.InvalidFileException;
import org.attune.diagnostics.Location;
import org.attune.files.BoundedRead;
import org.attune.text.Suggestions;

/**
 * The questionnaires a user can name: those bundled in the jar, then those in the user's folders.
 * A questionnaire is named by its id or by a path to its file.
 */
public final class QuestionnaireCatalog {
    static final String BUNDLED_FOLDER = "/org/attune/questionnaires/";
    private final QuestionnaireLoader loader;
    private final List<Path> folders;

    public QuestionnaireCatalog(QuestionnaireLoader loader, List<Path> folders) {
        this.loader = loader;
        this.folders = List.copyOf(folders);
    }

    /** File names of the bundled questionnaires, from the index packed with them. */
    public static List<String> bundledFiles() {
        try (InputStream in = QuestionnaireCatalog.class.getResourceAsStream(BUNDLED_FOLDER + "index.txt")) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    public List<CatalogEntry> entries() {
        List<CatalogEntry> entries = new ArrayList<>();
        for (String file : bundledFiles()) {
            entries.add(entry("bundled:" + file, true, () -> loader.loadResource(BUNDLED_FOLDER + file)));
        }
        for (Path folder : folders) {
            for (Path file : yamlFiles(folder)) {
                entries.add(entry(file.toString(), false, () -> loader.load(file)));
            }
        }
        return entries;
    }

    /**
     * Finds a questionnaire by path (when {@code reference} names an existing file) or else by id.
     * Bundled ones come first, so a user file cannot silently replace them. The bundled files are named
     * after their ids (a test keeps it so), which spares loading every questionnaire to find one.
     */
    public Questionnaire resolve(String reference) throws InvalidFileException {
        Path path = Path.of(reference);
        if (namesFile(reference)) {
            return loader.load(path);
        }
        // a questionnaire's file is usually named after its id: load just that one when it is there
        if (bundledFiles().contains(reference + ".yaml")) {
            return loader.loadResource(BUNDLED_FOLDER + reference + ".yaml");
        }
        for (Path folder : folders) {
            Path named = folder.resolve(reference + ".yaml");
            if (Files.isRegularFile(named)) {
                Questionnaire q = loader.load(named);
                if (q.id().equals(reference)) {
                    return q;
                }
            }
        }
        List<CatalogEntry> all = entries();
        Optional<Questionnaire> found = all.stream().map(CatalogEntry::questionnaire).flatMap(Optional::stream)
                .filter(q -> q.id().equals(reference)).findFirst();
        if (found.isPresent()) {
            return found.get();
        }
        List<String> ids = all.stream().map(CatalogEntry::questionnaire).flatMap(Optional::stream).map(Questionnaire::id).toList();
        throw new InvalidFileException(List.of(Diagnostic.at(Location.startOf(reference),
                "no questionnaire with id '" + reference + "' and no such file",
                Suggestions.closest(reference, ids).map(s -> "did you mean '" + s + "'?")
                        .orElse("run 'attune list' to see the questionnaires you can use"))));
    }

    /**
     * The text of the questionnaire {@code reference} names, when it is found without a search: a file, a
     * bundled questionnaire, or a user's file named after the id. Nothing is checked; anything unusual
     * (no such file, too large, another kind of file) is left to {@link #resolve} to report.
     */
    public Optional<QuestionnaireSource> sourceOf(String reference) {
        if (namesFile(reference)) {
            Path path = Path.of(reference);
            return readable(path).map(bytes -> new QuestionnaireSource(path.toString(), bytes, ""));
        }
        if (bundledFiles().contains(reference + ".yaml")) {
            return loader.resourceSource(BUNDLED_FOLDER + reference + ".yaml");
        }
        for (Path folder : folders) {
            Path named = folder.resolve(reference + ".yaml");
            if (Files.isRegularFile(named)) {
                return readable(named).map(bytes -> new QuestionnaireSource(named.toString(), bytes, reference));
            }
        }
        return Optional.empty();
    }

    /** Loads the text {@link #sourceOf} found, with the same checks and messages as {@link #resolve}. */
    public Questionnaire load(QuestionnaireSource source) throws InvalidFileException {
        return loader.load(source.name(), source.bytes(), source.digest());
    }

    private static boolean namesFile(String reference) {
        return Files.exists(Path.of(reference)) || reference.endsWith(".yaml") || reference.endsWith(".yml") || reference.contains("/");
    }

    private Optional<byte[]> readable(Path file) {
        try {
            return Optional.of(BoundedRead.file(file, loader.maxBytes()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private interface Load {
        Questionnaire load() throws InvalidFileException;
    }

    private static CatalogEntry entry(String source, boolean bundled, Load load) {
        try {
            return new CatalogEntry(source, bundled, Optional.of(load.load()), List.of());
        } catch (InvalidFileException e) {
            return new CatalogEntry(source, bundled, Optional.empty(), e.diagnostics());
        } catch (RuntimeException e) {
            // one file that trips a fault in attune must not stop a listing of all the others
            return new CatalogEntry(source, bundled, Optional.empty(), List.of(Diagnostic.at(Location.startOf(source),
                    "attune could not read this file (" + e.getClass().getSimpleName() + ")", "run 'attune validate --debug' on it and report the fault")));
        }
    }

    private static List<Path> yamlFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            // a folder or a device with a questionnaire's name is kept, so the listing can name it as skipped
            return files.filter(p -> {
                String name = p.getFileName().toString();
                return name.endsWith(".yaml") || name.endsWith(".yml");
            }).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
