package com.netcore.byok.kms.testserver;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.MGF1ParameterSpec;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;

/** The real cryptography of the test server: unwrapping imported material, AES-GCM, the ciphertext blob. */
final class KmsCrypto {
    private static final byte[] BLOB_MAGIC = "BKT1".getBytes(StandardCharsets.US_ASCII);

    private KmsCrypto() {
    }

    /** A ciphertext blob: which key and material made it, the IV and the AES-GCM output. */
    record Blob(String keyId, String materialId, byte[] iv, byte[] ciphertext) {
        byte[] encode() {
            byte[] key = keyId.getBytes(StandardCharsets.US_ASCII);
            ByteBuffer blob = ByteBuffer.allocate(BLOB_MAGIC.length + 1 + key.length + 32 + 12 + ciphertext.length);
            blob.put(BLOB_MAGIC).put((byte) key.length).put(key).put(HexFormat.of().parseHex(materialId)).put(iv)
                    .put(ciphertext);
            return blob.array();
        }

        static Blob decode(byte[] blob) {
            try {
                ByteBuffer in = ByteBuffer.wrap(blob);
                byte[] magic = new byte[BLOB_MAGIC.length];
                in.get(magic);
                if (!Arrays.equals(magic, BLOB_MAGIC)) {
                    throw new IllegalArgumentException("magic");
                }
                byte[] keyId = new byte[in.get()];
                byte[] materialId = new byte[32];
                byte[] iv = new byte[12];
                in.get(keyId).get(materialId).get(iv);
                byte[] ciphertext = new byte[in.remaining()];
                in.get(ciphertext);
                return new Blob(new String(keyId, StandardCharsets.US_ASCII), HexFormat.of().formatHex(materialId), iv,
                        ciphertext);
            } catch (RuntimeException e) {
                throw KmsError.of("InvalidCiphertextException", null);
            }
        }
    }

    static byte[] unwrap(FakeImport.Token token, byte[] wrapped) {
        String algorithm = token.algorithm();
        boolean sha256 = algorithm.endsWith("SHA_256");
        OAEPParameterSpec oaep = new OAEPParameterSpec(sha256 ? "SHA-256" : "SHA-1", "MGF1",
                sha256 ? MGF1ParameterSpec.SHA256 : MGF1ParameterSpec.SHA1, PSource.PSpecified.DEFAULT);
        try {
            Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
            rsa.init(Cipher.DECRYPT_MODE, token.privateKey(), oaep);
            if (!algorithm.startsWith("RSA_AES_KEY_WRAP")) {
                if (wrapped.length != token.modulusBytes()) {
                    throw new GeneralSecurityException("length");
                }
                return rsa.doFinal(wrapped);
            }
            if (wrapped.length <= token.modulusBytes()) {
                throw new GeneralSecurityException("too short");
            }
            byte[] aesKey = rsa.doFinal(wrapped, 0, token.modulusBytes());
            if (aesKey.length != 32) {
                throw new GeneralSecurityException("AES key length");
            }
            Cipher kwp = Cipher.getInstance("AES/KWP/NoPadding");
            kwp.init(Cipher.DECRYPT_MODE, new SecretKeySpec(aesKey, "AES"));
            return kwp.doFinal(wrapped, token.modulusBytes(), wrapped.length - token.modulusBytes());
        } catch (GeneralSecurityException e) {
            throw KmsError.of("InvalidCiphertextException", null);
        }
    }

    static byte[] aad(FakeKey key, Map<String, String> context) {
        return (key.id + "\n" + new TreeMap<>(context).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"))).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] gcm(int mode, byte[] key, byte[] iv, byte[] aad, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
            cipher.updateAAD(aad);
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw KmsError.of("InvalidCiphertextException", null);
        }
    }

    static KeyPair rsa(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
