package org.attune.definition;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.attune.condition.Limits;
import org.attune.diagnostics.Diagnostic;
import org.attune.diagnostics.Diagnostics;
import org.attune.diagnostics.InvalidFileException;
import org.attune.diagnostics.Location;
import org.attune.files.BoundedRead;
import org.attune.yaml.YamlLimits;
import org.attune.yaml.YamlTreeReader;

/** Reads and validates questionnaire files; the one entry point to the definition package. */
public final class QuestionnaireLoader {
    private final YamlLimits limits;
    private final YamlTreeReader reader;
    private final ConditionCompiler conditions;

    public QuestionnaireLoader() {
        this(YamlLimits.DEFAULT);
    }

    public QuestionnaireLoader(YamlLimits limits) {
        this.limits = limits;
        this.reader = new YamlTreeReader(limits);
        this.conditions = new ConditionCompiler(Limits.DEFAULT);
    }

    public Questionnaire load(Path file) throws InvalidFileException {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw invalid(name, "this is a folder, not a questionnaire file", "name a .yaml file inside it");
            }
            return load(name, BoundedRead.file(file, limits.maxBytes()));
        } catch (BoundedRead.TooLargeException e) {
            throw new InvalidFileException(reader.tooLarge(name).problems());
        } catch (BoundedRead.NotARegularFileException e) {
            throw invalid(name, "this is a device, pipe or socket, not a questionnaire file", "name a .yaml file");
        } catch (NoSuchFileException e) {
            throw invalid(name, "no such file", "check the path, or run 'attune list' to see available questionnaires");
        } catch (IOException e) {
            throw invalid(name, "cannot read the file: " + e.getMessage(), "check that it exists and you may read it");
        }
    }

    /** Loads a questionnaire packed in the jar, such as the bundled ones. */
    public Questionnaire loadResource(String resource) throws InvalidFileException {
        try {
            QuestionnaireSource source = packed(resource).orElseThrow(() -> invalid(resource, "no such bundled questionnaire", "run 'attune list'"));
            return load(source.name(), source.bytes(), source.digest());
        } catch (IOException e) {
            throw invalid(resource, "cannot read the bundled questionnaire: " + e.getMessage(), "reinstall attune");
        }
    }

    /** The text of a questionnaire packed in the jar, within the size limit; empty when there is no such one or it cannot be read. */
    Optional<QuestionnaireSource> resourceSource(String resource) {
        try {
            return packed(resource);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Optional<QuestionnaireSource> packed(String resource) throws IOException {
        try (InputStream in = QuestionnaireLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readNBytes((int) limits.maxBytes() + 1);
            return Optional.of(new QuestionnaireSource(resource, bytes, "", packedDigest(resource, bytes)));
        }
    }

    /** The digest the build recorded next to a packed questionnaire ({@code NAME.sha256}), or else one worked out from the bytes. */
    private static ContentDigest packedDigest(String resource, byte[] bytes) {
        try (InputStream in = QuestionnaireLoader.class.getResourceAsStream(resource + ".sha256")) {
            return in == null ? new ContentDigest(bytes) : ContentDigest.recorded(bytes, new String(in.readNBytes(200), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            return new ContentDigest(bytes);
        }
    }

    long maxBytes() {
        return limits.maxBytes();
    }

    public Questionnaire load(String name, byte[] bytes) throws InvalidFileException {
        return load(name, bytes, new ContentDigest(bytes));
    }

    Questionnaire load(String name, byte[] bytes, ContentDigest digest) throws InvalidFileException {
        YamlTreeReader.Result tree = reader.read(name, bytes);
        Diagnostics diagnostics = new Diagnostics();
        tree.problems().forEach(diagnostics::add);
        if (tree.root() == null) {
            throw new InvalidFileException(diagnostics.sorted());
        }
        Optional<Questionnaire> questionnaire = new QuestionnaireParser(conditions, diagnostics).parse(tree.root(), name, digest);
        if (questionnaire.isEmpty() || !diagnostics.isEmpty()) {
            throw new InvalidFileException(diagnostics.sorted());
        }
        return questionnaire.get();
    }

    private static InvalidFileException invalid(String name, String message, String fix) {
        return new InvalidFileException(List.of(Diagnostic.at(Location.startOf(name), message, fix)));
    }
}
