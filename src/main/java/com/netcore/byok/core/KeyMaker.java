package com.netcore.byok.core;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DrbgParameters;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.List;

/**
 * Makes new {@link SecretKeyMaterial}: generated from the strongest random source, read from a key file, or
 * XOR-ed from custodians' components. Pairing a key with how it was made is the ceremony's job.
 */
public final class KeyMaker {
    static final int MAX_KEY_FILE_BYTES = 64 * 1024;

    private KeyMaker() {
    }

    /**
     * The strongest random source this JVM offers: NIST SP 800-90A Hash_DRBG at 256-bit strength with
     * prediction resistance (reseeded from the operating system for every request); the platform's
     * strong source if DRBG is missing.
     */
    public static SecureRandom strongRandom() {
        try {
            return SecureRandom.getInstance("DRBG", DrbgParameters.instantiation(256,
                    DrbgParameters.Capability.PR_AND_RESEED, "BYOK Wizard".getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            try {
                return SecureRandom.getInstanceStrong();
            } catch (NoSuchAlgorithmException none) {
                throw new IllegalStateException("This Java runtime offers no strong random source.", none);
            }
        }
    }

    /** Names a random source for the receipt, e.g. {@code SecureRandom DRBG (Hash_DRBG,SHA-256,256,pr_and_reseed)}. */
    public static String describe(SecureRandom random) {
        return "SecureRandom " + random.getAlgorithm() + " (" + random + ")";
    }

    public static SecretKeyMaterial generate(SecureRandom random) {
        return SecretKeyMaterial.random(SecretKeyMaterial.LENGTH, random);
    }

    /** Reads a key or component file: 32 raw bytes, or hex or base64 text of 32 bytes. */
    public static SecretKeyMaterial fromFile(Path file, String role) {
        String what = role + " " + file;
        byte[] content = SafeFiles.readSmall(file, what, MAX_KEY_FILE_BYTES);
        return KeyEncoding.fromFileContent(content, what);
    }

    /**
     * XOR of two or more full-length components (PCI split knowledge: never halves).
     * The components stay owned by the caller.
     */
    public static SecretKeyMaterial combine(List<SecretKeyMaterial> components) {
        if (components.size() < 2) {
            throw new ByokException("A key assembled from components needs at least 2 components; "
                    + components.size() + " given.");
        }
        for (int i = 0; i < components.size(); i++) {
            for (int j = i + 1; j < components.size(); j++) {
                if (components.get(i).sameBytesAs(components.get(j))) {
                    throw new ByokException("Components " + (i + 1) + " and " + (j + 1)
                            + " are identical. Each custodian must bring an independently generated component.");
                }
            }
        }
        SecretKeyMaterial combined = SecretKeyMaterial.xor(components, SecretKeyMaterial.LENGTH);
        if (combined.isAllZero()) {
            combined.destroy();
            throw new ByokException("The components XOR to all zeros, which is not a usable key. "
                    + "Check that no component was entered twice in pieces.");
        }
        return combined;
    }
}
