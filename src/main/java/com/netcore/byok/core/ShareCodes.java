package com.netcore.byok.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The check code of a share's text. Each data line holds 8 share bytes in four groups and a check group: two
 * Reed-Solomon check bytes over GF(2^8) of the line's bytes and its number. It detects any error in up to two
 * bytes of a line and names the group of a one-byte error, so a typo is caught on the line where it is made.
 * The checksum (first 4 bytes of SHA-256) covers the format, KCV, K, N, share number and all share bytes.
 */
final class ShareCodes {
    static final String COMPACT_PREFIX = "BYOK-SHARE";
    static final int DATA_LINES = 4;
    static final int LINE_BYTES = 8;
    static final int LINE_DIGITS = LINE_BYTES * 2 + 4;
    static final int CHECKSUM_BYTES = 4;

    private ShareCodes() {
    }

    /** Two check bytes over GF(2^8): S0 = XOR of the symbols, S1 = XOR of alpha^p times symbol p. */
    static int lineCheck(byte[] data, int offset, int lineNumber) {
        return lineCheck(i -> data[i], offset, lineNumber);
    }

    /** As above, over a share's bytes read in place. */
    static int lineCheck(SecretKeyMaterial data, int offset, int lineNumber) {
        return lineCheck(data::get, offset, lineNumber);
    }

    private static int lineCheck(ByteSource data, int offset, int lineNumber) {
        int s0 = 0;
        int s1 = 0;
        int power = 1;
        for (int p = 0; p <= LINE_BYTES; p++) {
            int symbol = p < LINE_BYTES ? data.at(offset + p) & 0xFF : lineNumber;
            s0 ^= symbol;
            s1 ^= gfMul(power, symbol);
            power = gfMul(power, 2);
        }
        return (s0 << 8) | s1;
    }

    private interface ByteSource {
        byte at(int index);
    }

    /**
     * Where a one-byte error sits, from the differences between the typed and the computed check bytes:
     * 0 to 7 for a data byte, 8 and 9 for the first and second check byte, -1 if more than one byte is wrong.
     */
    static int locate(int e0, int e1) {
        if (e0 == 0) {
            return e1 == 0 ? -1 : 9;
        }
        if (e1 == 0) {
            return 8;
        }
        int power = 1;
        for (int p = 0; p < LINE_BYTES; p++) {
            if (gfMul(e0, power) == e1) {
                return p;
            }
            power = gfMul(power, 2);
        }
        return -1;
    }

    /** Multiplication in GF(2^8) modulo x^8 + x^4 + x^3 + x^2 + 1 (0x11D, where 2 is a generator). */
    static int gfMul(int a, int b) {
        int product = 0;
        for (int i = 0; i < 8; i++) {
            product ^= a & -(b & 1);
            b >>= 1;
            a = ((a << 1) ^ (0x11D & -((a >> 7) & 1))) & 0xFF;
        }
        return product;
    }

    static byte[] checksum(String kcv, ShareScheme scheme, int number, SecretKeyMaterial data) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(COMPACT_PREFIX.getBytes(StandardCharsets.US_ASCII));
            sha256.update(new byte[] {0, KeyShare.FORMAT});
            sha256.update(HexFormat.of().parseHex(kcv));
            sha256.update(new byte[] {(byte) scheme.threshold(), (byte) scheme.count(), (byte) number});
            for (int i = 0; i < data.length(); i++) {
                sha256.update(data.get(i)); // byte by byte: no heap copy of the share (its buffer is overwritten below)
            }
            byte[] digest = sha256.digest();
            overwriteState(sha256);
            return Arrays.copyOf(digest, CHECKSUM_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /**
     * The JDK's SHA-256 keeps the last block's input (here the share bytes) in its buffer and message schedule
     * after {@code digest()}: hashing one zero block replaces both with zeros and padding.
     */
    private static void overwriteState(MessageDigest sha256) {
        sha256.update(new byte[64]);
        sha256.digest();
    }

    static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\uFEFF';
    }
}
