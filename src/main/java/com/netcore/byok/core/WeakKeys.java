package com.netcore.byok.core;

import java.util.Arrays;
import java.util.Optional;

/**
 * Keys no random generator makes: test and placeholder values such as {@code ff..ff}, {@code 00..01}, a short
 * pattern repeated, or the same half twice. Refused unless the user states it is a known legacy key that
 * must be imported as it is.
 * <p>
 * Rule for "too few distinct bytes": fewer than {@value #MIN_DISTINCT_BYTES} different byte values among the
 * 32 bytes. A random key has about 30; the chance that one has 11 or fewer is below
 * C(256,11)·(11/256)^32 &lt; 2·10^-25, so a generated key is practically never refused.
 */
public final class WeakKeys {
    static final int MIN_DISTINCT_BYTES = 12;
    private static final int[] BLOCK_LENGTHS = {1, 2, 4, 8};

    private WeakKeys() {
    }

    /** Why {@code key} looks like a test or placeholder key (one sentence, no key digits), or empty if it does not. */
    public static Optional<String> reason(SecretKeyMaterial key) {
        for (int block : BLOCK_LENGTHS) {
            if (repeats(key, block)) {
                return Optional.of("The key is one " + block + "-byte pattern repeated" + (block == 1 ? " (every byte "
                        + "the same)" : "") + ", which a random generator practically never makes: it looks like a test "
                        + "or placeholder key.");
            }
        }
        int half = key.length() / 2;
        if (repeats(key, half)) {
            return Optional.of("The key's two " + half + "-byte halves are identical, which a random generator "
                    + "practically never makes: it looks like a shorter key doubled.");
        }
        int distinct = distinctValues(key);
        if (distinct < MIN_DISTINCT_BYTES) {
            return Optional.of("The key has only " + distinct + " different byte values in " + key.length()
                    + " bytes (a random key has about 30), so it looks like a test or placeholder key.");
        }
        return Optional.empty();
    }

    /** Refuses a weak key unless {@code allowWeakKey}; the message says how to proceed with a known legacy key. */
    public static void refuseUnlessAllowed(SecretKeyMaterial key, boolean allowWeakKey) {
        if (allowWeakKey) {
            return;
        }
        reason(key).ifPresent(why -> {
            throw new ByokException(why + " Use a randomly generated key; only if this is a known legacy key that "
                    + "must be imported as it is, confirm that with --allow-weak-key.");
        });
    }

    private static boolean repeats(SecretKeyMaterial bytes, int block) {
        int differences = 0;
        for (int i = block; i < bytes.length(); i++) {
            differences |= bytes.get(i) ^ bytes.get(i - block);
        }
        return differences == 0;
    }

    private static int distinctValues(SecretKeyMaterial bytes) {
        boolean[] seen = new boolean[256];
        int distinct = 0;
        for (int i = 0; i < bytes.length(); i++) {
            int b = bytes.get(i);
            if (!seen[b & 0xFF]) {
                seen[b & 0xFF] = true;
                distinct++;
            }
        }
        Arrays.fill(seen, false); // which values occur says something about the key
        return distinct;
    }
}
