package org.attune.definition;

/** The questionnaire format version this build reads and writes. */
public final class FormatVersion {
    public static final int CURRENT = 1;

    private FormatVersion() {}
}
