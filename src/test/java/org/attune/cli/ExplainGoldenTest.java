package org.attune.cli;

import java.nio.file.Path;
import org.attune.GoldenFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What trainers read before giving a questionnaire to a group; any change to the rules shows as a diff. */
class ExplainGoldenTest {

    @ParameterizedTest
    @ValueSource(strings = {"flourish-thrive", "countertransference-check"})
    void explainsTheBundledQuestionnaires(String id) {
        CliRun run = CliRun.of("explain", id);
        GoldenFile.assertMatches(Path.of("src/test/resources/golden/explain", id + ".txt"), run.out());
    }
}
