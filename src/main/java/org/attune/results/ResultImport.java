package org.attune.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.attune.answers.Answers;
import org.attune.answers.AnswersFileReader;
import org.attune.answers.AnswersFileWriter;
import org.attune.definition.Questionnaire;
import org.attune.diagnostics.InvalidFileException;
import org.attune.files.BoundedRead;
import org.attune.scoring.Guidance;
import org.attune.scoring.GuidanceEngine;
import org.attune.yaml.YamlLimits;
import org.attune.yaml.YamlMap;
import org.attune.yaml.YamlScalar;
import org.attune.yaml.YamlTreeReader;

/**
 * Brings earlier answers into the results, scored now and kept with the time they were taken. The same answers
 * (same questionnaire, time, pseudonym and answers) are kept once: importing them again is skipped. One import
 * reads the results once, so importing many files stays quick.
 */
public final class ResultImport {
    private final ResultStore store;
    private final Function<Guidance, String> report;
    private final Map<Key, List<Kept>> kept = new HashMap<>();

    /** What became of one file. */
    public sealed interface Outcome permits Imported, Duplicate {}

    public record Imported(ResultStore.Saved saved) implements Outcome {}

    /** The same answers are result {@code number} already, or (no number) came in earlier in this same import. */
    public record Duplicate(java.util.OptionalInt number) implements Outcome {}

    private record Key(String questionnaireId, String takenAt, Optional<String> respondent) {}

    /** A result already kept; its answers are read only when a new one could be the same. */
    private static final class Kept {
        final java.util.OptionalInt number;
        final Path answersFile;
        Optional<Map<String, ?>> values = Optional.empty();

        Kept(java.util.OptionalInt number, Path answersFile) {
            this.number = number;
            this.answersFile = answersFile;
        }
    }

    /** {@code report} writes the report kept beside each result, as a finished session's is written. */
    public ResultImport(ResultStore store, PastResults.Listing listing, Function<Guidance, String> report) {
        this.store = store;
        this.report = report;
        for (PastResults.PastResult r : listing.results()) {
            r.takenAt().ifPresent(t -> kept.computeIfAbsent(new Key(r.questionnaireId(), t, r.respondent()), k -> new ArrayList<>())
                    .add(new Kept(java.util.OptionalInt.of(r.number()), r.answers())));
        }
    }

    /** The questionnaire id an answers file names, if it names one. */
    public static Optional<String> questionnaireOf(String name, byte[] bytes) {
        YamlTreeReader.Result tree = new YamlTreeReader(YamlLimits.DEFAULT).read(name, bytes);
        if (tree.root() instanceof YamlMap map && map.get("questionnaire") instanceof YamlScalar s && !s.isNull()) {
            return Optional.of(s.text().strip());
        }
        return Optional.empty();
    }

    /** Keeps {@code answers} (which have a takenAt) as a new result, unless the same answers are kept already. */
    public Outcome add(Questionnaire q, Answers answers, String source) throws IOException {
        String takenAt = answers.takenAt().orElseThrow(() -> new IllegalArgumentException("imported answers need takenAt"));
        Key key = new Key(q.id(), takenAt, answers.respondent());
        List<Kept> same = kept.computeIfAbsent(key, k -> new ArrayList<>());
        for (Kept k : same) {
            if (values(k, q).filter(v -> v.equals(answers.values())).isPresent()) {
                return new Duplicate(k.number);
            }
        }
        String yaml = AnswersFileWriter.write(answers, Map.of("source", source));
        ResultStore.Saved saved = store.save(q.id(), takenAt, yaml, report.apply(GuidanceEngine.evaluate(q, answers)));
        // numbers follow the order taken, so an older result moves later ones on: this one has none yet
        Kept added = new Kept(java.util.OptionalInt.empty(), saved.answers());
        added.values = Optional.of(answers.values());
        same.add(added);
        return new Imported(saved);
    }

    /** A kept result's answers; one that cannot be read is not the same as anything. */
    private static Optional<Map<String, ?>> values(Kept k, Questionnaire q) {
        if (k.values.isEmpty()) {
            try {
                byte[] bytes = BoundedRead.file(k.answersFile, YamlLimits.DEFAULT.maxBytes());
                k.values = Optional.of(new AnswersFileReader().read(k.answersFile.toString(), bytes, q, false).answers().values());
            } catch (IOException | InvalidFileException e) {
                k.values = Optional.of(Map.of());
            }
        }
        return k.values.filter(v -> !v.isEmpty());
    }
}
