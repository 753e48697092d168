package org.attune.definition;

import java.util.List;
import java.util.Optional;
import org.attune.diagnostics.Diagnostic;

/** One questionnaire found by the catalog: loaded, or with the problems that kept it from loading. */
public record CatalogEntry(String source, boolean bundled, Optional<Questionnaire> questionnaire, List<Diagnostic> problems) {

    public CatalogEntry {
        problems = List.copyOf(problems);
    }
}
