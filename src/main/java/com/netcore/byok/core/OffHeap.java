package com.netcore.byok.core;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.util.Arrays;

/**
 * Memory for secrets that live longer than one short computation: direct buffers, in native memory that the
 * garbage collector never moves. A heap array that lives through a collection is copied and its old place is
 * not cleared, so wiping it later leaves a stale copy; a direct buffer is wiped where it is.
 */
public final class OffHeap {
    private OffHeap() {
    }

    public static ByteBuffer bytes(int capacity) {
        return ByteBuffer.allocateDirect(capacity);
    }

    public static CharBuffer chars(int capacity) {
        return ByteBuffer.allocateDirect(capacity * Character.BYTES).asCharBuffer();
    }

    /** Zeroes the whole buffer, whatever its position and limit. */
    public static void wipe(ByteBuffer buffer) {
        if (buffer.hasArray()) {
            Arrays.fill(buffer.array(), buffer.arrayOffset(), buffer.arrayOffset() + buffer.capacity(), (byte) 0);
            return;
        }
        ByteBuffer all = buffer.duplicate().clear();
        for (int i = 0; i < all.capacity(); i++) {
            all.put(i, (byte) 0);
        }
    }

    /** Zeroes the whole buffer, whatever its position and limit. */
    public static void wipe(CharBuffer buffer) {
        CharBuffer all = buffer.duplicate().clear();
        for (int i = 0; i < all.capacity(); i++) {
            all.put(i, '\0');
        }
    }
}
