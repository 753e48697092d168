package org.attune.definition;

/**
 * A questionnaire's text before it is loaded, and the name its messages give the file. {@code requiredId} is
 * the id it must turn out to have to be the one asked for (a user's file found by its name), or empty when
 * any is right (a path, a bundled questionnaire). {@code digest} is the text's SHA-256 (recorded at build time
 * for a bundled questionnaire).
 */
public record QuestionnaireSource(String name, byte[] bytes, String requiredId, ContentDigest digest) {

    QuestionnaireSource(String name, byte[] bytes, String requiredId) {
        this(name, bytes, requiredId, new ContentDigest(bytes));
    }

    /** Whether {@code questionnaire}, loaded from this text, is the one that was asked for. */
    public boolean isFor(Questionnaire questionnaire) {
        return requiredId.isEmpty() || requiredId.equals(questionnaire.id());
    }
}
