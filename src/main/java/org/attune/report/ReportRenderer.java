package org.attune.report;

import java.nio.charset.StandardCharsets;

/** Lays out a report document in one format. Every format has exactly this one entry point. */
@FunctionalInterface
public interface ReportRenderer {
    String render(ReportDocument document);

    /** The same report encoded as UTF-8; a format that can write bytes directly does, to spare a copy. */
    default byte[] renderUtf8(ReportDocument document) {
        return render(document).getBytes(StandardCharsets.UTF_8);
    }
}
