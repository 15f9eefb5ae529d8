package com.netcore.byok.core;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.security.auth.Destroyable;

/**
 * The only type that holds secret key bytes (a key, a component, a share, a one-time AES key). Zeroed by
 * {@link #close()} / {@link #destroy()}; its bytes never appear in {@code toString}, logs or exceptions. Use it
 * in try-with-resources. Outside {@code core} the bytes cannot be read at all: only the check value and
 * comparisons.
 * <p>
 * The bytes live off the Java heap, in native memory that the garbage collector never moves: a heap array that
 * lives through a collection is copied elsewhere and its old place is not cleared, so wiping it later would
 * leave a stale copy behind. The algorithms in {@code core} read and write the bytes in place ({@link #get},
 * {@link #set}); a heap array holds them only while they are drawn or decoded (random bytes, base64), and is
 * wiped at once.
 */
public final class SecretKeyMaterial implements Destroyable, AutoCloseable {
    /** AWS KMS {@code SYMMETRIC_DEFAULT}: 256-bit AES key material. */
    public static final int LENGTH = 32;

    private final ByteBuffer bytes;
    private volatile boolean destroyed;

    private SecretKeyMaterial(int length) {
        this.bytes = OffHeap.bytes(length);
    }

    /** {@code length} zero bytes off the heap, for code in {@code core} that computes a secret in place. */
    static SecretKeyMaterial zeroed(int length) {
        return new SecretKeyMaterial(length);
    }

    /** {@code length} bytes from {@code random}, drawn into a heap array that is wiped at once. */
    static SecretKeyMaterial random(int length, SecureRandom random) {
        SecretKeyMaterial material = new SecretKeyMaterial(length); // allocated before the bytes exist
        byte[] drawn = new byte[length];
        try {
            random.nextBytes(drawn);
            material.bytes.put(0, drawn);
            return material;
        } finally {
            Arrays.fill(drawn, (byte) 0);
        }
    }

    /** Moves {@code bytes} off the heap and wipes the array; the caller must not use it again. */
    static SecretKeyMaterial adopt(byte[] bytes) {
        try {
            return copyOf(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** A copy of {@code bytes}; the caller still owns and should wipe its array. */
    public static SecretKeyMaterial copyOf(byte[] bytes) {
        SecretKeyMaterial material = new SecretKeyMaterial(bytes.length);
        material.bytes.put(0, bytes);
        return material;
    }

    /** An independent copy, made in place. */
    SecretKeyMaterial copy() {
        SecretKeyMaterial copy = new SecretKeyMaterial(length());
        for (int i = 0; i < length(); i++) {
            copy.bytes.put(i, get(i));
        }
        return copy;
    }

    /** The XOR of {@code parts} (all of one length), computed off the heap. */
    static SecretKeyMaterial xor(Iterable<SecretKeyMaterial> parts, int length) {
        SecretKeyMaterial sum = new SecretKeyMaterial(length);
        for (SecretKeyMaterial part : parts) {
            for (int i = 0; i < length; i++) {
                sum.bytes.put(i, (byte) (sum.bytes.get(i) ^ part.get(i)));
            }
        }
        return sum;
    }

    /** One secret byte, read in place. */
    byte get(int index) {
        requireAlive();
        return bytes.get(index);
    }

    /** Sets one secret byte, in place. */
    void set(int index, byte value) {
        requireAlive();
        bytes.put(index, value);
    }

    public int length() {
        return bytes.capacity();
    }

    /** Key check value {@code KCV (AES-CMAC)}: AES-CMAC over a zero block, first 3 bytes, upper-case hex. */
    public String kcv() {
        return KeyCheckValue.of(this);
    }

    /** Constant-time comparison with bytes the caller holds (e.g. a test's expected key). */
    public boolean sameBytesAs(byte[] other) {
        if (other.length != length()) {
            return false;
        }
        int difference = 0;
        for (int i = 0; i < other.length; i++) {
            difference |= get(i) ^ other[i];
        }
        return difference == 0;
    }

    /** Constant-time comparison, in place. */
    public boolean sameBytesAs(SecretKeyMaterial other) {
        if (other.length() != length()) {
            return false;
        }
        int difference = 0;
        for (int i = 0; i < length(); i++) {
            difference |= get(i) ^ other.get(i);
        }
        return difference == 0;
    }

    boolean isAllZero() {
        int acc = 0;
        for (int i = 0; i < length(); i++) {
            acc |= get(i);
        }
        return acc == 0;
    }

    private void requireAlive() {
        if (destroyed) {
            throw new IllegalStateException("The key material has been destroyed.");
        }
    }

    @Override
    public void destroy() {
        OffHeap.wipe(bytes);
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
        return destroyed ? "SecretKeyMaterial[destroyed]" : "SecretKeyMaterial[" + length() + " bytes, hidden]";
    }
}
