package com.netcore.byok.core;

import java.util.Arrays;

/**
 * AES key wrap with padding, RFC 5649 (NIST SP 800-38F KWP), wrap direction only, on {@link AesEncryption}:
 * the same bytes as the JDK's {@code AES/KWP/NoPadding} and OpenSSL's id-aes256-wrap-pad, but neither the
 * key schedule nor a copy of the plaintext is left behind: the plaintext is read in place, 8 bytes at a time,
 * straight into the block that is encrypted.
 */
final class KeyWrapWithPadding {
    private static final int SEMIBLOCK = 8;
    private static final byte[] ALTERNATIVE_IV = {(byte) 0xA6, (byte) 0x59, (byte) 0x59, (byte) 0xA6};

    private KeyWrapWithPadding() {
    }

    static byte[] wrap(SecretKeyMaterial kek, SecretKeyMaterial plaintext) {
        int length = plaintext.length();
        if (length == 0) {
            throw new IllegalArgumentException("nothing to wrap");
        }
        int semiblocks = (length + SEMIBLOCK - 1) / SEMIBLOCK;
        byte[] out = new byte[SEMIBLOCK * (semiblocks + 1)];
        byte[] block = new byte[AesEncryption.BLOCK];
        try (AesEncryption aes = new AesEncryption(kek)) {
            System.arraycopy(ALTERNATIVE_IV, 0, out, 0, 4);
            for (int i = 0; i < 4; i++) {
                out[4 + i] = (byte) (length >>> (24 - 8 * i));
            }
            if (semiblocks == 1) {
                System.arraycopy(out, 0, block, 0, SEMIBLOCK);
                readSemiblock(plaintext, 1, block);
                aes.encryptBlock(block, 0, out, 0);
                return out;
            }
            for (int j = 0; j < 6; j++) {
                for (int i = 1; i <= semiblocks; i++) {
                    System.arraycopy(out, 0, block, 0, SEMIBLOCK);
                    if (j == 0) {
                        readSemiblock(plaintext, i, block); // R[i] starts as the plaintext, read only here
                    } else {
                        System.arraycopy(out, SEMIBLOCK * i, block, SEMIBLOCK, SEMIBLOCK);
                    }
                    aes.encryptBlock(block, 0, block, 0);
                    long step = (long) semiblocks * j + i;
                    for (int b = 0; b < SEMIBLOCK; b++) {
                        out[b] = (byte) (block[b] ^ (step >>> (56 - 8 * b)));
                    }
                    System.arraycopy(block, SEMIBLOCK, out, SEMIBLOCK * i, SEMIBLOCK);
                }
            }
            return out;
        } finally {
            Arrays.fill(block, (byte) 0);
        }
    }

    /** Plaintext semiblock {@code i} (from 1; zero padding past the end) into the second half of {@code block}. */
    private static void readSemiblock(SecretKeyMaterial plaintext, int i, byte[] block) {
        for (int b = 0; b < SEMIBLOCK; b++) {
            int index = SEMIBLOCK * (i - 1) + b;
            block[SEMIBLOCK + b] = index < plaintext.length() ? plaintext.get(index) : 0;
        }
    }
}
