package org.attune.definition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A commented starter questionnaire that is valid as written: a scale, two sections, a showIf, a score with bands,
 * a flag, recommendations and a default. Its id is taken from the file name when that makes a valid id.
 */
public final class Starter {
    static final String RESOURCE = "starter-questionnaire.yaml";
    static final String DEFAULT_ID = "my-questionnaire";

    private Starter() {}

    /** The starter, with {@code id} (an id as {@link #idFor} gives) in place of the default. */
    public static String questionnaire(String id) {
        return template().replaceFirst("(?m)^id: " + DEFAULT_ID + "$", "id: " + id);
    }

    /** "group-check" for group-check.yaml: the file name, lower-cased, without its extension; the default if that is no valid id. */
    public static String idFor(String fileName) {
        String stem = fileName.replaceFirst("\\.(ya?ml)$", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
        return IdRegistry.SLUG.matcher(stem).matches() ? stem : DEFAULT_ID;
    }

    private static String template() {
        try (InputStream in = Starter.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
