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
        this(bytes.clone(), null);
    }

    /** {@code bytes} are kept only while the digest is not known. */
    private ContentDigest(byte[] bytes, String hex) {
        this.bytes = bytes;
        this.hex = hex;
    }

    /** The digest of {@code bytes}, as {@code recorded} says when that is one (64 lower-case hex digits). */
    static ContentDigest recorded(byte[] bytes, String recorded) {
        String written = recorded.strip();
        return HEX.matcher(written).matches() ? new ContentDigest(null, written) : new ContentDigest(bytes);
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
