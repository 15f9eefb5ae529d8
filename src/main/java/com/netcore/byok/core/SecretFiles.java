package com.netcore.byok.core;

import java.nio.file.Path;

/**
 * Reads a small file that holds a secret (a key, a component or a share). {@link SafeFiles#readSmall} reads
 * every file through a native buffer that it zeroes afterwards, so no copy is left behind in the JDK's own
 * buffers; the caller wipes the returned array.
 */
public final class SecretFiles {
    private SecretFiles() {
    }

    /** The content of {@code file}, a regular file of at most {@code maxBytes}; the caller wipes the result. */
    public static byte[] read(Path file, String what, int maxBytes) {
        return SafeFiles.readSmall(file, what, maxBytes);
    }
}
