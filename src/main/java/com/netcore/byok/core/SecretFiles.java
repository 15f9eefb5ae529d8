package com.netcore.byok.core;

import java.nio.file.Path;

/**
 * Reads a small file that holds a secret (a key, a component or a share). The JDK's readers pass the bytes
 * through buffers of their own that are never wiped; {@link SafeFiles#readSmall} reads every file straight into
 * a native buffer that it zeroes afterwards. The caller wipes the returned array.
 */
public final class SecretFiles {
    private SecretFiles() {
    }

    /** The content of {@code file}, a regular file of at most {@code maxBytes}; the caller wipes the result. */
    public static byte[] read(Path file, String what, int maxBytes) {
        return SafeFiles.readSmall(file, what, maxBytes);
    }
}
