package com.netcore.byok.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.List;
import org.bouncycastle.crypto.threshold.ShamirSecretSplitter;
import org.bouncycastle.crypto.threshold.ShamirSplitSecret;
import org.bouncycastle.crypto.threshold.ShamirSplitSecretShare;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Our Shamir against Bouncy Castle's as the oracle: same field, same x coordinates, both directions. */
class ShamirTest {
    private static final ShamirSecretSplitter.Algorithm AES = ShamirSecretSplitter.Algorithm.AES;
    private static final ShamirSecretSplitter.Mode NATIVE = ShamirSecretSplitter.Mode.Native;
    private final SecureRandom random = new SecureRandom();

    @ParameterizedTest(name = "{0}-of-{1}")
    @CsvSource({"2,2", "2,3", "3,5", "4,7", "5,5", "3,9"})
    void sharesSplitHereCombineWithBouncyCastleInEverySubsetOfK(int k, int n) throws IOException {
        byte[] key = randomKey();
        byte[][] ours = Secrets.bytes(Shamir.split(Secrets.of(key), k, n, random));
        for (List<Integer> subset : KeySharesTest.subsets(n, k)) {
            ShamirSplitSecretShare[] parts = new ShamirSplitSecretShare[k];
            for (int i = 0; i < k; i++) {
                parts[i] = new ShamirSplitSecretShare(ours[subset.get(i)], subset.get(i) + 1);
            }
            assertThat(new ShamirSplitSecret(AES, NATIVE, parts).getSecret()).as("subset %s", subset).isEqualTo(key);
        }
    }

    @ParameterizedTest(name = "{0}-of-{1}")
    @CsvSource({"2,2", "2,3", "3,5", "4,7", "5,5", "3,9"})
    void sharesSplitByBouncyCastleCombineHereInEverySubsetOfK(int k, int n) throws IOException {
        byte[] key = randomKey();
        ShamirSplitSecretShare[] theirs = new ShamirSecretSplitter(AES, NATIVE, key.length, random)
                .resplit(key.clone(), k, n).getSecretShares();
        for (List<Integer> subset : KeySharesTest.subsets(n, k)) {
            int[] xs = new int[k];
            byte[][] ys = new byte[k][];
            for (int i = 0; i < k; i++) {
                xs[i] = subset.get(i) + 1; // Bouncy Castle made share index i at x = i + 1
                ys[i] = theirs[subset.get(i)].getEncoded();
            }
            assertThat(Secrets.bytes(Shamir.combine(xs, Secrets.of(ys)))).as("subset %s", subset).isEqualTo(key);
        }
    }

    @Test
    void sameRandomnessGivesBouncyCastlesSharesByteForByte() throws IOException {
        byte[] key = randomKey();
        byte[] seed = randomKey();
        byte[][] ours = Secrets.bytes(Shamir.split(Secrets.of(key), 3, 5, fixed(seed)));
        ShamirSplitSecretShare[] theirs = new ShamirSecretSplitter(AES, NATIVE, key.length, fixed(seed))
                .resplit(key.clone(), 3, 5).getSecretShares();
        for (int i = 0; i < 5; i++) {
            assertThat(ours[i]).as("share %d", i + 1).isEqualTo(theirs[i].getEncoded());
        }
    }

    @Test
    void fewerThanKSharesDoNotGiveTheSecretAndTheCoefficientsAreWiped() {
        byte[] key = randomKey();
        byte[][] coefficient = new byte[1][];
        SecureRandom watched = new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                super.nextBytes(bytes);
                coefficient[0] = bytes;
            }
        };
        byte[][] shares = Secrets.bytes(Shamir.split(Secrets.of(key), 3, 5, watched));
        assertThat(coefficient[0]).containsOnly((byte) 0);
        assertThat(Secrets.bytes(Shamir.combine(new int[] {1, 2}, Secrets.of(new byte[][] {shares[0], shares[1]})))).isNotEqualTo(key);
        assertThat(Secrets.bytes(Shamir.combine(new int[] {5, 1, 3}, Secrets.of(new byte[][] {shares[4], shares[0], shares[2]})))).isEqualTo(key);
    }

    @Test
    void fieldIsTheAesFieldOfTheKnownVectors() {
        for (int a = 0; a < 256; a++) {
            for (int b = 0; b < 256; b += 7) {
                assertThat(Shamir.multiply(a, b)).isEqualTo(KeySharesTest.aesMul(a, b));
            }
            if (a > 0) {
                assertThat(Shamir.multiply(a, Shamir.inverse(a))).isEqualTo(1);
            }
        }
    }

    private byte[] randomKey() {
        byte[] key = new byte[SecretKeyMaterial.LENGTH];
        random.nextBytes(key);
        return key;
    }

    /** A deterministic stream of bytes for both splitters. */
    private static SecureRandom fixed(byte[] seed) {
        return new SecureRandom() {
            private int counter;

            @Override
            public void nextBytes(byte[] bytes) {
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = (byte) (seed[i % seed.length] ^ counter++ * 31);
                }
            }
        };
    }

}
