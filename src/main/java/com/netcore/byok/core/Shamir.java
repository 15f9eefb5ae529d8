package com.netcore.byok.core;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Shamir secret sharing byte by byte over GF(2^8) with the AES polynomial x^8 + x^4 + x^3 + x + 1 (0x11B), the
 * field and x coordinates of Bouncy Castle's {@code ShamirSecretSplitter} ({@code Algorithm.AES}): share i is
 * the random polynomial of degree K-1 evaluated at x = i, and the secret is its value at x = 0. Unlike Bouncy
 * Castle it works in place on {@link SecretKeyMaterial}, and its arithmetic has no secret-dependent branches or
 * table look-ups.
 */
final class Shamir {
    private Shamir() {
    }

    /**
     * Splits {@code secret} into {@code count} shares, the i-th being the value at x = i + 1; any {@code threshold}
     * of them restore it. Draws the K-1 random coefficients as Bouncy Castle does (one {@code nextBytes} per
     * coefficient). Secret and shares are read and written in place; the caller owns and destroys the shares.
     */
    static List<SecretKeyMaterial> split(SecretKeyMaterial secret, int threshold, int count, SecureRandom random) {
        if (threshold < 2 || threshold > count || count > 255) {
            throw new IllegalArgumentException("cannot split " + threshold + "-of-" + count);
        }
        int length = secret.length();
        List<SecretKeyMaterial> shares = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            shares.add(SecretKeyMaterial.zeroed(length)); // allocated before any share value exists
        }
        byte[][] coefficients = new byte[threshold][length]; // [0] unused: the secret is read in place
        try {
            for (int j = 1; j < threshold; j++) {
                random.nextBytes(coefficients[j]);
            }
            for (int i = 0; i < count; i++) {
                int x = i + 1;
                for (int b = 0; b < length; b++) {
                    int y = 0;
                    for (int j = threshold - 1; j >= 1; j--) { // Horner: y = y * x + c_j, and last the secret
                        y = multiply(y, x) ^ (coefficients[j][b] & 0xFF);
                    }
                    shares.get(i).set(b, (byte) (multiply(y, x) ^ (secret.get(b) & 0xFF)));
                }
            }
            return shares;
        } finally {
            for (byte[] coefficient : coefficients) {
                Arrays.fill(coefficient, (byte) 0);
            }
        }
    }

    /**
     * The secret (the value at x = 0) from shares {@code ys.get(i)} taken at distinct x coordinates {@code xs[i]}
     * (1 to 255), computed in place. The caller owns and destroys the result.
     */
    static SecretKeyMaterial combine(int[] xs, List<SecretKeyMaterial> ys) {
        int length = ys.get(0).length();
        int[] bases = new int[xs.length];
        for (int i = 0; i < xs.length; i++) {
            int basis = 1; // Lagrange basis at 0: product of x_j / (x_j - x_i), public since the x are
            for (int j = 0; j < xs.length; j++) {
                if (j != i) {
                    if (xs[j] == xs[i] || xs[i] < 1 || xs[i] > 255) {
                        throw new IllegalArgumentException("share coordinates must be distinct, 1 to 255");
                    }
                    basis = multiply(basis, multiply(xs[j], inverse(xs[j] ^ xs[i])));
                }
            }
            bases[i] = basis;
        }
        SecretKeyMaterial secret = SecretKeyMaterial.zeroed(length);
        for (int i = 0; i < xs.length; i++) {
            for (int b = 0; b < length; b++) {
                secret.set(b, (byte) (secret.get(b) ^ multiply(ys.get(i).get(b) & 0xFF, bases[i])));
            }
        }
        return secret;
    }

    /** Multiplication modulo 0x11B, the same eight steps whatever the operands. */
    static int multiply(int a, int b) {
        int product = 0;
        for (int i = 0; i < 8; i++) {
            product ^= a & -(b & 1);
            b >>= 1;
            a = ((a << 1) ^ (0x11B & -((a >> 7) & 1))) & 0xFF;
        }
        return product;
    }

    /** a^254, the inverse of a non-zero a. */
    static int inverse(int a) {
        int result = 1;
        int power = a;
        for (int e = 254; e > 0; e >>= 1) {
            if ((e & 1) != 0) {
                result = multiply(result, power);
            }
            power = multiply(power, power);
        }
        return result;
    }
}
