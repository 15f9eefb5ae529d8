package com.netcore.byok.core;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A share written out once ({@link ShareWriter#write}): the share file's text and the QR payload, as arrays
 * that {@link #close()} wipes. The paper side takes both from here instead of building them again.
 */
public final class WrittenShare implements AutoCloseable {
    private final char[] text;
    private final char[] qrPayload;

    WrittenShare(char[] text, char[] qrPayload) {
        this.text = text;
        this.qrPayload = qrPayload;
    }

    /** The share file's text; the array itself, wiped by {@link #close()}. */
    public char[] text() {
        return text;
    }

    /** The QR payload, QR alphanumeric characters only; the array itself, wiped by {@link #close()}. */
    public char[] qrPayload() {
        return qrPayload;
    }

    /** The share file's text as UTF-8 bytes, in a fresh array that the caller wipes. */
    public byte[] textUtf8() {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        ByteBuffer buffer = ByteBuffer.allocate(text.length * 3);
        encoder.encode(CharBuffer.wrap(text), buffer, true);
        encoder.flush(buffer);
        byte[] bytes = Arrays.copyOf(buffer.array(), buffer.position());
        Arrays.fill(buffer.array(), (byte) 0);
        return bytes;
    }

    @Override
    public void close() {
        Arrays.fill(text, '\0');
        Arrays.fill(qrPayload, '\0');
    }

    @Override
    public String toString() {
        return "WrittenShare[hidden]";
    }
}
