package com.netcore.byok.core;

import java.security.MessageDigest;
import java.util.Arrays;
import javax.security.auth.Destroyable;

/**
 * The only type that holds secret key bytes. Zeroed by {@link #close()} / {@link #destroy()};
 * its bytes never appear in {@code toString}, logs or exceptions. Use it in try-with-resources.
 * Outside {@code core} the bytes cannot be read at all: only the check value and comparisons.
 */
public final class SecretKeyMaterial implements Destroyable, AutoCloseable {
    /** AWS KMS {@code SYMMETRIC_DEFAULT}: 256-bit AES key material. */
    public static final int LENGTH = 32;

    private final byte[] bytes;
    private volatile boolean destroyed;

    private SecretKeyMaterial(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Takes ownership of {@code bytes} without copying; the caller must not keep or reuse the array. */
    static SecretKeyMaterial adopt(byte[] bytes) {
        return new SecretKeyMaterial(bytes);
    }

    /** A copy of {@code bytes}; the caller still owns and should wipe its array. */
    public static SecretKeyMaterial copyOf(byte[] bytes) {
        return new SecretKeyMaterial(bytes.clone());
    }

    /** The secret bytes themselves; only code in {@code core} may see them. */
    byte[] bytes() {
        if (destroyed) {
            throw new IllegalStateException("The key material has been destroyed.");
        }
        return bytes;
    }

    public int length() {
        return bytes.length;
    }

    /** Key check value {@code KCV (AES-CMAC)}: AES-CMAC over a zero block, first 3 bytes, upper-case hex. */
    public String kcv() {
        return KeyCheckValue.of(bytes());
    }

    /** Constant-time comparison with bytes the caller holds (e.g. a test's expected key). */
    public boolean sameBytesAs(byte[] other) {
        return MessageDigest.isEqual(bytes(), other);
    }

    public boolean sameBytesAs(SecretKeyMaterial other) {
        return MessageDigest.isEqual(bytes(), other.bytes());
    }

    boolean isAllZero() {
        int acc = 0;
        for (byte b : bytes()) {
            acc |= b;
        }
        return acc == 0;
    }

    @Override
    public void destroy() {
        Arrays.fill(bytes, (byte) 0);
        destroyed = true;
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    @Override
    public void close() {
        destroy();
    }

    @Override
    public String toString() {
        return destroyed ? "SecretKeyMaterial[destroyed]" : "SecretKeyMaterial[" + bytes.length + " bytes, hidden]";
    }
}
