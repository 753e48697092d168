package org.attune.definition;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The SHA-256 of a questionnaire file's bytes, worked out the first time it is asked for: the first use of
 * MessageDigest reads the security configuration (several milliseconds), which a title screen does not need.
 * A bundled questionnaire's digest is recorded when the jar is built, which spares a command that work.
 */
public final class ContentDigest {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");
    private final byte[] bytes;
    private volatile String hex;

    ContentDigest(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    /** The digest of {@code bytes}, as {@code recorded} says when that is one (64 lower-case hex digits). */
    static ContentDigest recorded(byte[] bytes, String recorded) {
        ContentDigest digest = new ContentDigest(bytes);
        String written = recorded.strip();
        if (HEX.matcher(written).matches()) {
            digest.hex = written;
        }
        return digest;
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
