package com.netcore.byok.core;

import java.util.Arrays;

/**
 * Key check value as PCI PIN / ANSI X9.24-1 and AWS Payment Cryptography define it for AES:
 * AES-CMAC over one block of zero bytes, leftmost 3 bytes, upper-case hex.
 * The CMAC (NIST SP 800-38B, RFC 4493) runs on {@link AesEncryption}, so no key schedule outlives it.
 */
public final class KeyCheckValue {
    public static final String LABEL = "KCV (AES-CMAC)";
    private static final int KCV_BYTES = 3;
    private static final int BLOCK = AesEncryption.BLOCK;

    private KeyCheckValue() {
    }

    static String of(SecretKeyMaterial key) {
        byte[] mac = cmac(key, new byte[BLOCK]);
        try {
            return Hex.upper(Arrays.copyOf(mac, KCV_BYTES));
        } finally {
            Arrays.fill(mac, (byte) 0);
        }
    }

    /** AES-CMAC of {@code message} under {@code key} (16, 24 or 32 bytes); every intermediate is wiped. */
    static byte[] cmac(SecretKeyMaterial key, byte[] message) {
        byte[] subkey = new byte[BLOCK];
        byte[] chain = new byte[BLOCK];
        try (AesEncryption aes = new AesEncryption(key)) {
            aes.encryptBlock(subkey, 0, subkey, 0);
            doubleInField(subkey); // K1
            int blocks = Math.max(1, (message.length + BLOCK - 1) / BLOCK);
            boolean complete = message.length > 0 && message.length % BLOCK == 0;
            if (!complete) {
                doubleInField(subkey); // K2
            }
            for (int b = 0; b < blocks - 1; b++) {
                xorInto(chain, message, b * BLOCK, BLOCK);
                aes.encryptBlock(chain, 0, chain, 0);
            }
            int lastOffset = (blocks - 1) * BLOCK;
            int lastLength = message.length - lastOffset;
            xorInto(chain, message, lastOffset, lastLength);
            if (!complete) {
                chain[lastLength] ^= (byte) 0x80;
            }
            xorInto(chain, subkey, 0, BLOCK);
            aes.encryptBlock(chain, 0, chain, 0);
            return chain.clone();
        } finally {
            Arrays.fill(subkey, (byte) 0);
            Arrays.fill(chain, (byte) 0);
        }
    }

    private static void xorInto(byte[] target, byte[] source, int offset, int length) {
        for (int i = 0; i < length; i++) {
            target[i] ^= source[offset + i];
        }
    }

    /** Multiplication by x in GF(2^128) (the CMAC subkey step), without a branch on the secret bit. */
    private static void doubleInField(byte[] block) {
        int carry = (block[0] & 0xFF) >>> 7;
        for (int i = 0; i < BLOCK - 1; i++) {
            block[i] = (byte) ((block[i] << 1) | ((block[i + 1] & 0xFF) >>> 7));
        }
        block[BLOCK - 1] = (byte) ((block[BLOCK - 1] << 1) ^ (0x87 & -carry));
    }
}
