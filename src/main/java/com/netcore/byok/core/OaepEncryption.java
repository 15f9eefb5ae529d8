package com.netcore.byok.core;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;

/**
 * RSAES-OAEP encryption (RFC 8017, 7.1.1) with an empty label and MGF1 on the OAEP hash, of a secret read in
 * place off the heap: the message is XORed into the masked block byte by byte, so no heap array ever holds it
 * in the clear (the JDK's OAEP padding copies it into two). The encoded block goes through
 * {@link RsaPublicOperation}, not the JDK's {@code BigInteger}s; every intermediate array is wiped.
 */
final class OaepEncryption {
    private OaepEncryption() {
    }

    static byte[] encrypt(RSAPublicKey key, SecretKeyMaterial message, String hash, SecureRandom random)
            throws GeneralSecurityException {
        MessageDigest digest = MessageDigest.getInstance(hash);
        int hashLength = digest.getDigestLength();
        int k = (key.getModulus().bitLength() + 7) / 8;
        int dbLength = k - hashLength - 1;
        int one = dbLength - message.length() - 1; // where the 0x01 separator sits in DB
        if (one < hashLength) {
            throw new IllegalArgumentException("a " + message.length() + "-byte message is too long for RSA-OAEP with "
                    + hash + " and a " + k * 8 + "-bit key");
        }
        byte[] seed = new byte[hashLength];
        byte[] encoded = new byte[k]; // EM = 0x00 || maskedSeed || maskedDB
        byte[] dbMask = null;
        byte[] seedMask = null;
        try {
            random.nextBytes(seed);
            dbMask = mgf1(digest, seed, 0, hashLength, dbLength);
            byte[] labelHash = digest.digest(); // of the empty label
            int db = 1 + hashLength;
            for (int i = 0; i < dbLength; i++) {
                int plain = i < hashLength ? labelHash[i] : i < one ? 0 : i == one ? 1 : message.get(i - one - 1);
                encoded[db + i] = (byte) (plain ^ dbMask[i]);
            }
            seedMask = mgf1(digest, encoded, db, dbLength, hashLength);
            for (int i = 0; i < hashLength; i++) {
                encoded[1 + i] = (byte) (seed[i] ^ seedMask[i]);
            }
            return RsaPublicOperation.apply(key, encoded);
        } finally {
            Arrays.fill(seed, (byte) 0);
            Arrays.fill(encoded, (byte) 0);
            wipe(dbMask);
            wipe(seedMask);
        }
    }

    /** MGF1 (RFC 8017, B.2.1) of {@code in[offset, offset + length)}, {@code maskLength} bytes long. */
    static byte[] mgf1(MessageDigest digest, byte[] in, int offset, int length, int maskLength) {
        byte[] mask = new byte[maskLength];
        int hashLength = digest.getDigestLength();
        for (int counter = 0, done = 0; done < maskLength; counter++, done += hashLength) {
            digest.update(in, offset, length);
            digest.update(new byte[] {(byte) (counter >>> 24), (byte) (counter >>> 16), (byte) (counter >>> 8),
                    (byte) counter});
            byte[] block = digest.digest();
            System.arraycopy(block, 0, mask, done, Math.min(hashLength, maskLength - done));
            Arrays.fill(block, (byte) 0);
        }
        return mask;
    }

    private static void wipe(byte[] array) {
        if (array != null) {
            Arrays.fill(array, (byte) 0);
        }
    }
}
