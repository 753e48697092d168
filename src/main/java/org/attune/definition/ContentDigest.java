package org.attune.definition;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a questionnaire file's bytes, worked out the first time it is asked for: the first use of
 * MessageDigest reads the security configuration (several milliseconds), which a title screen does not need.
 */
public final class ContentDigest {
    private final byte[] bytes;
    private volatile String hex;

    ContentDigest(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    /** The digest as 64 lower-case hex digits. */
    public String hex() {
        String found = hex;
        if (found == null) {
            try {
                found = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
            hex = found;
        }
        return found;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ContentDigest digest && hex().equals(digest.hex());
    }

    @Override
    public int hashCode() {
        return hex().hashCode();
    }

    @Override
    public String toString() {
        return hex();
    }
}
