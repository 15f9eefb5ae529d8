package com.netcore.byok.core;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Splits a key into custodians' shares and combines them again, with {@link Shamir} (GF(2^8), the field and
 * x coordinates of Bouncy Castle's {@code ShamirSecretSplitter}, so shares interoperate with it). Every
 * intermediate array is wiped; the shares' bytes live only in their {@link SecretKeyMaterial}.
 */
public final class KeyShares {
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
        List<SecretKeyMaterial> parts = Shamir.split(key, scheme.threshold(), scheme.count(), random);
        List<KeyShare> shares = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            shares.add(new KeyShare(kcv, scheme, i + 1, names.isEmpty() ? "" : names.get(i), Optional.of(created),
                    parts.get(i)));
        }
        return List.copyOf(shares);
    }

    /** Interpolates the key at x = 0 from shares already checked to belong together (see {@link ShareSet}). */
    static SecretKeyMaterial combine(List<KeyShare> shares) {
        int[] xs = new int[shares.size()];
        List<SecretKeyMaterial> ys = new ArrayList<>(shares.size());
        for (int i = 0; i < xs.length; i++) {
            xs[i] = shares.get(i).number();
            ys.add(shares.get(i).data());
        }
        return Shamir.combine(xs, ys);
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
