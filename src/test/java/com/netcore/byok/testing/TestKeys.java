package com.netcore.byok.testing;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.MGF1ParameterSpec;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;

/** RSA wrapping key pairs for tests (made once per size per JVM) and an independent Java unwrap. */
public final class TestKeys {
    private static final Map<Integer, KeyPair> PAIRS = new ConcurrentHashMap<>();

    private TestKeys() {
    }

    public static KeyPair rsa(int bits) {
        return PAIRS.computeIfAbsent(bits, TestKeys::generate);
    }

    public static KeyPair fresh(int bits) {
        return generate(bits);
    }

    private static KeyPair generate(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String privatePem(KeyPair pair) {
        return pem("PRIVATE KEY", pair.getPrivate().getEncoded());
    }

    public static String publicPem(KeyPair pair) {
        return pem("PUBLIC KEY", pair.getPublic().getEncoded());
    }

    public static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    /**
     * Unwraps as KMS does, written independently of the production code: OAEP with MGF1 hash equal to the
     * OAEP hash; for RSA_AES_*, split at the modulus length and undo AES key wrap with padding.
     */
    public static byte[] unwrap(String awsAlgorithm, PrivateKey privateKey, int modulusBytes, byte[] wrapped)
            throws GeneralSecurityException {
        boolean sha256 = awsAlgorithm.endsWith("SHA_256");
        OAEPParameterSpec spec = new OAEPParameterSpec(sha256 ? "SHA-256" : "SHA-1", "MGF1",
                sha256 ? MGF1ParameterSpec.SHA256 : MGF1ParameterSpec.SHA1, PSource.PSpecified.DEFAULT);
        Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
        rsa.init(Cipher.DECRYPT_MODE, privateKey, spec);
        if (!awsAlgorithm.startsWith("RSA_AES_KEY_WRAP")) {
            return rsa.doFinal(wrapped);
        }
        byte[] aesKey = rsa.doFinal(wrapped, 0, modulusBytes);
        Cipher kwp = Cipher.getInstance("AES/KWP/NoPadding");
        kwp.init(Cipher.DECRYPT_MODE, new SecretKeySpec(aesKey, "AES"));
        return kwp.doFinal(wrapped, modulusBytes, wrapped.length - modulusBytes);
    }
}
