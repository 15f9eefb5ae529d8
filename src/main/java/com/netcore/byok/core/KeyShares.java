package com.netcore.byok.core;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.crypto.threshold.ShamirSecretSplitter;
import org.bouncycastle.crypto.threshold.ShamirSplitSecret;
import org.bouncycastle.crypto.threshold.ShamirSplitSecretShare;

/**
 * Shamir secret sharing of a key with Bouncy Castle's {@code org.bouncycastle.crypto.threshold}: byte by byte
 * over GF(2^8) with the AES polynomial x^8 + x^4 + x^3 + x + 1 (0x11B); share number i is the random
 * polynomial of degree K-1 evaluated at x = i, and the key is its value at x = 0.
 * <p>
 * Copies Bouncy Castle keeps and this class cannot wipe: {@code resplit} puts a clone of the key into its
 * coefficient matrix (a local array, left to the garbage collector), and each {@code ShamirSplitSecretShare}
 * holds a private clone of its share bytes; {@code getSecret} copies every share once more. Arrays handed
 * back to us ({@code getEncoded}, {@code getSecret}) are wiped or owned by a {@link SecretKeyMaterial}.
 */
public final class KeyShares {
    private static final ShamirSecretSplitter.Algorithm FIELD = ShamirSecretSplitter.Algorithm.AES;
    private static final ShamirSecretSplitter.Mode MODE = ShamirSecretSplitter.Mode.Native;

    private KeyShares() {
    }

    /**
     * Splits {@code key} into {@code scheme.count()} shares; any {@code scheme.threshold()} restore it.
     * {@code custodians} is empty or names one custodian per share, in share order. The key stays the caller's.
     */
    public static List<KeyShare> split(SecretKeyMaterial key, ShareScheme scheme, List<String> custodians,
                                       LocalDate created, SecureRandom random) {
        List<String> names = checkCustodians(custodians, scheme);
        String kcv = key.kcv();
        ShamirSplitSecret split = new ShamirSecretSplitter(FIELD, MODE, key.length(), random)
                .resplit(key.bytes(), scheme.threshold(), scheme.count());
        ShamirSplitSecretShare[] parts = split.getSecretShares();
        List<KeyShare> shares = new ArrayList<>(parts.length);
        for (int i = 0; i < parts.length; i++) {
            byte[] data = encoded(parts[i]);
            shares.add(new KeyShare(kcv, scheme, i + 1, names.isEmpty() ? "" : names.get(i), Optional.of(created),
                    SecretKeyMaterial.adopt(data)));
        }
        return List.copyOf(shares);
    }

    /** Interpolates the key at x = 0 from shares already checked to belong together (see {@link ShareSet}). */
    static SecretKeyMaterial combine(List<KeyShare> shares) {
        ShamirSplitSecretShare[] parts = new ShamirSplitSecretShare[shares.size()];
        for (int i = 0; i < parts.length; i++) {
            KeyShare share = shares.get(i);
            parts[i] = new ShamirSplitSecretShare(share.data(), share.number()); // BC keeps its own clone
        }
        try {
            return SecretKeyMaterial.adopt(new ShamirSplitSecret(FIELD, MODE, parts).getSecret());
        } catch (IOException e) {
            throw new IllegalStateException("Bouncy Castle could not combine the shares", e);
        }
    }

    private static byte[] encoded(ShamirSplitSecretShare part) {
        try {
            return part.getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException("Bouncy Castle could not encode a share", e);
        }
    }

    private static List<String> checkCustodians(List<String> custodians, ShareScheme scheme) {
        if (custodians.isEmpty()) {
            return List.of();
        }
        if (custodians.size() != scheme.count()) {
            throw new ByokException(custodians.size() + " custodian name" + (custodians.size() == 1 ? " was" : "s were")
                    + " given for " + scheme.count() + " shares. Name one custodian per share, or none.");
        }
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String custodian : custodians) {
            String name = KeyShare.checkCustodian(custodian);
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                throw new ByokException("Custodian '" + name + "' is named twice. Each custodian holds one share, so "
                        + "that nobody comes near the " + scheme.threshold() + " shares that restore the key.");
            }
            names.add(name);
        }
        return names;
    }
}
