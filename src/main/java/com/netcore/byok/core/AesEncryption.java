package com.netcore.byok.core;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * AES block encryption (FIPS 197; 128-, 192- and 256-bit keys) whose key schedule is ours to wipe: the JDK's and
 * Bouncy Castle's engines keep their round keys (for AES-256 the first two are the key's halves) in arrays
 * that are left behind unwiped. Encryption only, which is all CMAC and key wrapping need. No lookup tables:
 * the S-box is computed (inverse in GF(2^8), then the affine map), so no memory access depends on the key.
 * {@link #close()} zeroes the schedule and the state.
 */
final class AesEncryption implements AutoCloseable {
    static final int BLOCK = 16;
    private static final int[] ROUND_CONSTANTS = {0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80, 0x1B, 0x36};

    private final ByteBuffer roundKeys; // off the heap: the collector never copies the schedule
    private final byte[] state = new byte[BLOCK];
    private final int rounds;

    /** Expands {@code key} (16, 24 or 32 bytes) off the heap; the key stays the caller's. */
    AesEncryption(SecretKeyMaterial key) {
        if (key.length() != 16 && key.length() != 24 && key.length() != 32) {
            throw new IllegalArgumentException("AES key of " + key.length() + " bytes");
        }
        int keyWords = key.length() / 4;
        rounds = keyWords + 6;
        roundKeys = OffHeap.bytes(BLOCK * (rounds + 1)); // the first round keys are the key itself
        for (int i = 0; i < key.length(); i++) {
            roundKeys.put(i, key.get(i));
        }
        byte[] word = new byte[4];
        try {
            for (int i = keyWords; i < 4 * (rounds + 1); i++) {
                roundKeys.get(4 * (i - 1), word);
                if (i % keyWords == 0) {
                    byte first = word[0];
                    word[0] = word[1];
                    word[1] = word[2];
                    word[2] = word[3];
                    word[3] = first;
                    subWord(word);
                    word[0] ^= (byte) ROUND_CONSTANTS[i / keyWords - 1];
                } else if (keyWords > 6 && i % keyWords == 4) {
                    subWord(word);
                }
                for (int b = 0; b < 4; b++) {
                    roundKeys.put(4 * i + b, (byte) (roundKeys.get(4 * (i - keyWords) + b) ^ word[b]));
                }
            }
        } finally {
            Arrays.fill(word, (byte) 0);
        }
    }

    /** Encrypts the block at {@code in[inOffset]} into {@code out[outOffset]} (they may be the same place). */
    void encryptBlock(byte[] in, int inOffset, byte[] out, int outOffset) {
        System.arraycopy(in, inOffset, state, 0, BLOCK); // no allocation while a block is being encrypted
        try {
            addRoundKey(state, 0);
            for (int round = 1; round <= rounds; round++) {
                for (int i = 0; i < BLOCK; i++) {
                    state[i] = (byte) sBox(state[i] & 0xFF);
                }
                shiftRows(state);
                if (round < rounds) {
                    mixColumns(state);
                }
                addRoundKey(state, round);
            }
            System.arraycopy(state, 0, out, outOffset, BLOCK);
        } finally {
            Arrays.fill(state, (byte) 0);
        }
    }

    @Override
    public void close() {
        OffHeap.wipe(roundKeys);
        Arrays.fill(state, (byte) 0);
    }

    private void addRoundKey(byte[] state, int round) {
        for (int i = 0; i < BLOCK; i++) {
            state[i] ^= roundKeys.get(BLOCK * round + i);
        }
    }

    /** Row r (bytes r, r+4, r+8, r+12 of the column-major state) rotates left by r. */
    private static void shiftRows(byte[] s) {
        for (int row = 1; row < 4; row++) {
            for (int shift = 0; shift < row; shift++) {
                byte first = s[row];
                s[row] = s[row + 4];
                s[row + 4] = s[row + 8];
                s[row + 8] = s[row + 12];
                s[row + 12] = first;
            }
        }
    }

    private static void mixColumns(byte[] s) {
        for (int c = 0; c < BLOCK; c += 4) {
            int a0 = s[c] & 0xFF;
            int a1 = s[c + 1] & 0xFF;
            int a2 = s[c + 2] & 0xFF;
            int a3 = s[c + 3] & 0xFF;
            int all = a0 ^ a1 ^ a2 ^ a3;
            s[c] = (byte) (a0 ^ all ^ xtime(a0 ^ a1));
            s[c + 1] = (byte) (a1 ^ all ^ xtime(a1 ^ a2));
            s[c + 2] = (byte) (a2 ^ all ^ xtime(a2 ^ a3));
            s[c + 3] = (byte) (a3 ^ all ^ xtime(a3 ^ a0));
        }
    }

    private static void subWord(byte[] word) {
        for (int i = 0; i < 4; i++) {
            word[i] = (byte) sBox(word[i] & 0xFF);
        }
    }

    /** S-box without a table: x^254 (the inverse, 0 for 0) in GF(2^8), then the affine transform. */
    static int sBox(int x) {
        int x2 = multiply(x, x);
        int x3 = multiply(x2, x);
        int x7 = multiply(multiply(x3, x3), x);
        int x15 = multiply(multiply(x7, x7), x);
        int x31 = multiply(multiply(x15, x15), x);
        int x63 = multiply(multiply(x31, x31), x);
        int x127 = multiply(multiply(x63, x63), x);
        int inverse = multiply(x127, x127);
        int s = inverse ^ rotateLeft(inverse, 1) ^ rotateLeft(inverse, 2) ^ rotateLeft(inverse, 3)
                ^ rotateLeft(inverse, 4);
        return s ^ 0x63;
    }

    private static int rotateLeft(int b, int n) {
        return ((b << n) | (b >>> (8 - n))) & 0xFF;
    }

    private static int xtime(int b) {
        return ((b << 1) ^ (0x1B & -(b >>> 7))) & 0xFF;
    }

    /** Multiplication modulo x^8 + x^4 + x^3 + x + 1, with no branch on the operands. */
    private static int multiply(int a, int b) {
        int product = 0;
        for (int bit = 0; bit < 8; bit++) {
            product ^= a & -(b & 1);
            b >>>= 1;
            a = xtime(a);
        }
        return product;
    }
}
