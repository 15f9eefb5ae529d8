package com.netcore.byok.core;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The AWS KMS wrapping algorithms ({@code AlgorithmSpec}) for 256-bit symmetric key material, each with
 * explicit OAEP parameters ({@link OaepEncryption}): MGF1 uses the same hash as OAEP and the label is empty.
 * Never the JDK's {@code OAEPWithSHA-256AndMGF1Padding} default, which silently uses MGF1-SHA-1 and which KMS
 * rejects.
 */
public enum WrappingAlgorithm {
    RSAES_OAEP_SHA_1("SHA-1", false),
    RSAES_OAEP_SHA_256("SHA-256", false),
    RSA_AES_KEY_WRAP_SHA_1("SHA-1", true),
    RSA_AES_KEY_WRAP_SHA_256("SHA-256", true);

    /** AWS's recommendation for symmetric key material. */
    public static final WrappingAlgorithm RECOMMENDED = RSAES_OAEP_SHA_256;

    private static final int AES_KEY_BYTES = 32;

    private final String hash;
    private final boolean hybrid;

    WrappingAlgorithm(String hash, boolean hybrid) {
        this.hash = hash;
        this.hybrid = hybrid;
    }

    /** True for {@code RSA_AES_KEY_WRAP_*}: RSA-OAEP of a fresh AES key, then AES key wrap with padding. */
    public boolean isHybrid() {
        return hybrid;
    }

    /** e.g. "RSA-OAEP, SHA-256, MGF1 SHA-256, empty label" or with "+ AES-256 key wrap with padding (RFC 5649)". */
    public String describe() {
        String oaep = "RSA-OAEP with " + hash + ", MGF1 " + hash + ", empty label";
        return hybrid ? oaep + " of a one-time AES-256 key, then AES key wrap with padding (RFC 5649)" : oaep;
    }

    /** The wrapped size in bytes for a wrapping key of {@code modulusBytes}. */
    public int wrappedLength(int modulusBytes) {
        return hybrid ? modulusBytes + SecretKeyMaterial.LENGTH + 8 : modulusBytes;
    }

    /**
     * Wraps {@code key} into the exact bytes {@code ImportKeyMaterial} takes as {@code EncryptedKeyMaterial}.
     * For the hybrid algorithms: RSA-OAEP(ephemeral AES key) followed by KWP(key); the AES key is zeroed.
     */
    public byte[] wrap(RSAPublicKey wrappingKey, SecretKeyMaterial key, SecureRandom random) {
        try {
            if (!hybrid) {
                return OaepEncryption.encrypt(wrappingKey, key, hash, random);
            }
            try (SecretKeyMaterial aesKey = KeyMaker.generate(random)) {
                byte[] rsaPart = OaepEncryption.encrypt(wrappingKey, aesKey, hash, random);
                byte[] kwpPart = aesKeyWrapWithPadding(aesKey, key);
                byte[] wrapped = Arrays.copyOf(rsaPart, rsaPart.length + kwpPart.length);
                System.arraycopy(kwpPart, 0, wrapped, rsaPart.length, kwpPart.length);
                return wrapped;
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Java's cryptography refused " + name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * AES key wrap with padding, RFC 5649 (same bytes as the JDK's {@code AES/KWP/NoPadding} and OpenSSL's
     * id-aes256-wrap-pad), on a key schedule that is wiped: the JDK's keeps the round keys and a copy of the KEK.
     */
    static byte[] aesKeyWrapWithPadding(SecretKeyMaterial kek, SecretKeyMaterial plaintext) {
        return KeyWrapWithPadding.wrap(kek, plaintext);
    }

    /** Parses an AWS name, tolerating case and dashes; PKCS#1 v1.5 and SM2 get their own explanation. */
    public static WrappingAlgorithm parse(String text) {
        String name = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return find(name).orElseThrow(() -> new ByokException(refusal(name)));
    }

    static Optional<WrappingAlgorithm> find(String awsName) {
        return Arrays.stream(values()).filter(a -> a.name().equals(awsName)).findFirst();
    }

    static String refusal(String awsName) {
        return switch (awsName) {
            case "RSAES_PKCS1_V1_5" -> "Wrapping algorithm RSAES_PKCS1_V1_5 is no longer supported by AWS KMS "
                    + "(since October 2023). Ask the operator for import parameters with RSAES_OAEP_SHA_256.";
            case "SM2PKE", "SM2_PKE" -> "Wrapping algorithm SM2PKE exists only in AWS China Regions and is not "
                    + "supported by this tool. Ask the operator for parameters with RSAES_OAEP_SHA_256.";
            default -> "Unknown wrapping algorithm '" + awsName + "'. Use one of RSAES_OAEP_SHA_256, "
                    + "RSAES_OAEP_SHA_1, RSA_AES_KEY_WRAP_SHA_256, RSA_AES_KEY_WRAP_SHA_1.";
        };
    }
}
