package com.netcore.byok.core;

import java.math.BigInteger;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;

/**
 * The RSA public-key operation {@code m^e mod n} (RFC 8017, RSAEP) on arrays that are wiped. The JDK's RSA turns
 * the input into {@code BigInteger}s, which are immutable: the OAEP block (from which the wrapped key can be
 * computed without any key) and its Montgomery form would stay on the heap. Here the input, its Montgomery form
 * and every partial product live in {@code int[]} words (least significant first) that are zeroed before
 * returning. Montgomery multiplication (CIOS) with a final subtraction chosen by a mask, not a branch.
 */
final class RsaPublicOperation {
    private static final long WORD = 0xFFFF_FFFFL;

    private RsaPublicOperation() {
    }

    /** {@code block^e mod n} for a big-endian {@code block} of the modulus's length and below it, in that length. */
    static byte[] apply(RSAPublicKey key, byte[] block) {
        BigInteger modulus = key.getModulus();
        BigInteger exponent = key.getPublicExponent();
        int length = (modulus.bitLength() + 7) / 8;
        if (block.length != length || modulus.signum() <= 0 || !modulus.testBit(0) || exponent.signum() <= 0) {
            throw new IllegalArgumentException("RSA input must be " + length + " bytes for an odd modulus");
        }
        int words = (modulus.bitLength() + 31) / 32;
        int[] n = words(modulus, words); // public, like everything derived from the key alone
        int[] rSquared = words(BigInteger.ONE.shiftLeft(64 * words).mod(modulus), words);
        int nInverse = -inverseModWord(n[0]);
        int[] message = fromBytes(block, words);
        int[] montgomery = new int[words];
        int[] power = new int[words];
        int[] scratch = new int[words + 2];
        try {
            if (compare(message, n) >= 0) {
                throw new IllegalArgumentException("RSA input is not below the modulus");
            }
            multiply(message, rSquared, n, nInverse, scratch, montgomery); // m * R mod n
            System.arraycopy(montgomery, 0, power, 0, words);
            for (int bit = exponent.bitLength() - 2; bit >= 0; bit--) { // the exponent is public: branches are fine
                multiply(power, power, n, nInverse, scratch, power);
                if (exponent.testBit(bit)) {
                    multiply(power, montgomery, n, nInverse, scratch, power);
                }
            }
            int[] one = new int[words];
            one[0] = 1;
            multiply(power, one, n, nInverse, scratch, power); // out of Montgomery form: the ciphertext
            return toBytes(power, length);
        } finally {
            Arrays.fill(message, 0);
            Arrays.fill(montgomery, 0);
            Arrays.fill(power, 0);
            Arrays.fill(scratch, 0);
        }
    }

    /** {@code out = a * b / R mod n} (R = 2^(32 * words)); {@code out} may be {@code a} or {@code b}. */
    private static void multiply(int[] a, int[] b, int[] n, int nInverse, int[] t, int[] out) {
        int s = n.length;
        Arrays.fill(t, 0);
        for (int i = 0; i < s; i++) {
            long bi = b[i] & WORD;
            long carry = 0;
            for (int j = 0; j < s; j++) {
                long sum = (t[j] & WORD) + (a[j] & WORD) * bi + carry;
                t[j] = (int) sum;
                carry = sum >>> 32;
            }
            long top = (t[s] & WORD) + carry;
            t[s] = (int) top;
            t[s + 1] = (int) (top >>> 32);
            long m = (t[0] * nInverse) & WORD;
            long sum = (t[0] & WORD) + m * (n[0] & WORD);
            carry = sum >>> 32;
            for (int j = 1; j < s; j++) {
                sum = (t[j] & WORD) + m * (n[j] & WORD) + carry;
                t[j - 1] = (int) sum;
                carry = sum >>> 32;
            }
            top = (t[s] & WORD) + carry;
            t[s - 1] = (int) top;
            t[s] = t[s + 1] + (int) (top >>> 32);
        }
        // t < 2n: out = t - n, or t itself when that borrowed (t < n), chosen by a mask; a and b are no longer read
        long borrow = 0;
        for (int j = 0; j < s; j++) {
            long difference = (t[j] & WORD) - (n[j] & WORD) - borrow;
            out[j] = (int) difference;
            borrow = difference >>> 63;
        }
        int keepT = (int) -(((t[s] & WORD) - borrow) >>> 63);
        for (int j = 0; j < s; j++) {
            out[j] = (t[j] & keepT) | (out[j] & ~keepT);
        }
    }

    /** The inverse of an odd {@code x} modulo 2^32 (Newton's iteration doubles the correct bits each step). */
    private static int inverseModWord(int x) {
        int inverse = x; // correct to 3 bits for odd x
        for (int i = 0; i < 5; i++) {
            inverse *= 2 - x * inverse;
        }
        return inverse;
    }

    private static int compare(int[] a, int[] b) {
        for (int i = a.length - 1; i >= 0; i--) {
            if (a[i] != b[i]) {
                return Integer.compareUnsigned(a[i], b[i]);
            }
        }
        return 0;
    }

    private static int[] words(BigInteger value, int count) {
        byte[] bytes = value.toByteArray();
        int[] words = new int[count];
        for (int i = 0; i < bytes.length && i < count * 4; i++) {
            words[i / 4] |= (bytes[bytes.length - 1 - i] & 0xFF) << (8 * (i % 4));
        }
        return words;
    }

    private static int[] fromBytes(byte[] bigEndian, int count) {
        int[] words = new int[count];
        for (int i = 0; i < bigEndian.length; i++) {
            words[i / 4] |= (bigEndian[bigEndian.length - 1 - i] & 0xFF) << (8 * (i % 4));
        }
        return words;
    }

    private static byte[] toBytes(int[] words, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[length - 1 - i] = (byte) (words[i / 4] >>> (8 * (i % 4)));
        }
        return bytes;
    }
}
