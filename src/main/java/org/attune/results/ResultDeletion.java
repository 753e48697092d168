package org.attune.results;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

/** Removes kept results: each one's answers and report together, so no half of a result is left behind. */
public final class ResultDeletion {
    private ResultDeletion() {}

    public static void delete(List<PastResults.PastResult> results) throws IOException {
        for (PastResults.PastResult r : results) {
            Files.deleteIfExists(r.report());
            Files.deleteIfExists(r.answers());
        }
    }
}
