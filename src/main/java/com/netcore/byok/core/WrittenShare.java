package com.netcore.byok.core;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A share written out once ({@link ShareWriter#write}): the share file's text and the QR payload, off the heap
 * ({@link OffHeap}) and wiped by {@link #close()}. The paper side takes both from here instead of building them
 * again. Never turn them into a {@code String}.
 */
public final class WrittenShare implements AutoCloseable {
    private final CharBuffer text;
    private final CharBuffer qrPayload;

    /** Both buffers from position 0 to their limit. */
    WrittenShare(CharBuffer text, CharBuffer qrPayload) {
        this.text = text;
        this.qrPayload = qrPayload;
    }

    /** The share file's text, read in place until {@link #close()}. */
    public CharSequence text() {
        return text.asReadOnlyBuffer();
    }

    /** The QR payload, QR alphanumeric characters only, read in place until {@link #close()}. */
    public CharSequence qrPayload() {
        return qrPayload.asReadOnlyBuffer();
    }

    /** The share file's text as UTF-8, in a new direct buffer (position 0 to limit) that the caller wipes. */
    public ByteBuffer textUtf8() {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        ByteBuffer utf8 = OffHeap.bytes(text.limit() * 3);
        encoder.encode(text.duplicate(), utf8, true);
        encoder.flush(utf8);
        return utf8.flip();
    }

    @Override
    public void close() {
        OffHeap.wipe(text);
        OffHeap.wipe(qrPayload);
    }

    @Override
    public String toString() {
        return "WrittenShare[hidden]";
    }
}
