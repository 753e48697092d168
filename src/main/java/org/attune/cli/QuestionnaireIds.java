package org.attune.cli;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.attune.config.XdgDirectories;
import org.attune.definition.CatalogEntry;
import org.attune.definition.QuestionnaireCatalog;
import org.attune.definition.QuestionnaireLoader;

/**
 * The ids of the questionnaires a user can name (bundled and in their config folder), for shell
 * completion of run, score and explain. Picocli reads them when 'attune completion' prints its script.
 */
final class QuestionnaireIds implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        List<java.nio.file.Path> folders = List.of(XdgDirectories.from(System.getenv()).userQuestionnaires());
        return new QuestionnaireCatalog(new QuestionnaireLoader(), folders).entries().stream().map(CatalogEntry::questionnaire)
                .flatMap(Optional::stream).map(q -> q.id()).distinct().sorted().iterator();
    }
}
