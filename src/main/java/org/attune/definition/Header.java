package org.attune.definition;

import java.util.List;

/** What a questionnaire is, who wrote it, and how long it takes. */
public record Header(
        int format,
        String id,
        String version,
        String title,
        String description,
        String instructions,
        String language,
        List<String> authors,
        String licence,
        String attribution,
        int estimatedMinutes) {

    public Header {
        authors = List.copyOf(authors);
    }
}
