package org.attune.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * Reads a file or a stream whole, but never more than a limit: reading stops at the limit plus one
 * byte, so {@code /dev/zero} or a huge file costs the limit, not all memory. Files must be regular
 * files (after following links), so a FIFO or a device cannot block or flood a read.
 */
public final class BoundedRead {

    private BoundedRead() {}

    /** Raised when a read would pass its limit; the message says what was read and the limit. */
    public static final class TooLargeException extends IOException {
        private final long limit;

        TooLargeException(String name, long limit) {
            super(name + " is larger than " + humanSize(limit) + ", the most attune reads");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    /** Raised for a path that exists but is not a regular file: a folder, a FIFO, a device, a socket. */
    public static final class NotARegularFileException extends IOException {
        NotARegularFileException(Path path, String what) {
            super(path + " is " + what + ", not a regular file");
        }
    }

    public static byte[] file(Path path, long limit) throws IOException {
        long size = regularFile(path).size();
        try (InputStream in = Files.newInputStream(path)) {
            // a buffer of the file's size, so reading many small files allocates little (a file that grows meanwhile still stops at the limit)
            return read(in, limit, path.toString(), (int) Math.min(limit, size) + 1);
        }
    }

    public static byte[] stream(InputStream in, long limit, String name) throws IOException {
        return read(in, limit, name, (int) Math.min(limit + 1, 8192));
    }

    private static byte[] read(InputStream in, long limit, String name, int firstSize) throws IOException {
        byte[] bytes = new byte[firstSize];
        int total = 0;
        int n;
        while ((n = in.read(bytes, total, bytes.length - total)) > 0) {
            total += n;
            if (total > limit) {
                throw new TooLargeException(name, limit);
            }
            if (total == bytes.length) {
                bytes = Arrays.copyOf(bytes, (int) Math.min(limit + 1, 2L * bytes.length));
            }
        }
        return Arrays.copyOf(bytes, total);
    }

    /** Refuses what is not a regular file before anything opens it (opening a FIFO may block). */
    private static BasicFileAttributes regularFile(Path path) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new java.nio.file.NoSuchFileException(path.toString(), null, "no such file");
        }
        if (!attributes.isRegularFile()) {
            throw new NotARegularFileException(path, attributes.isDirectory() ? "a folder" : "a device, pipe or socket");
        }
        return attributes;
    }

    static String humanSize(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KiB";
        }
        return bytes + " bytes";
    }
}
