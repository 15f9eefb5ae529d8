package com.netcore.byok.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.netcore.byok.testing.TestKeys;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import java.security.KeyPair;
import java.security.spec.MGF1ParameterSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The wiped RSA arithmetic against the JDK's {@code BigInteger.modPow}, and OAEP on it against the JDK's decryption. */
class RsaPublicOperationTest {
    @ParameterizedTest
    @ValueSource(ints = {2048, 3072, 4096})
    void equalsModPowForRandomAndEdgeInputs(int bits) {
        RSAPublicKey key = (RSAPublicKey) TestKeys.rsa(bits).getPublic();
        BigInteger n = key.getModulus();
        SecureRandom random = new SecureRandom();
        int length = bits / 8;
        for (BigInteger m : new BigInteger[] {BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO, n.subtract(BigInteger.ONE),
                n.shiftRight(1), new BigInteger(bits - 1, random), new BigInteger(bits - 8, random),
                new BigInteger(bits - 1, random).setBit(bits - 2)}) {
            byte[] expected = fixed(m.modPow(key.getPublicExponent(), n), length);
            assertThat(RsaPublicOperation.apply(key, fixed(m, length))).as("m = %s", m).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2048, 4096})
    void refusesAnInputOfTheWrongLengthOrNotBelowTheModulus(int bits) {
        RSAPublicKey key = (RSAPublicKey) TestKeys.rsa(bits).getPublic();
        assertThatThrownBy(() -> RsaPublicOperation.apply(key, new byte[bits / 8 - 1]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RsaPublicOperation.apply(key, fixed(key.getModulus(), bits / 8)))
                .hasMessageContaining("not below the modulus");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SHA-1", "SHA-256"})
    void oaepOnItDecryptsWithTheJdk(String hash) throws Exception {
        KeyPair pair = TestKeys.rsa(3072);
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        try (SecretKeyMaterial material = SecretKeyMaterial.copyOf(secret)) {
            byte[] wrapped = OaepEncryption.encrypt((RSAPublicKey) pair.getPublic(), material, hash, new SecureRandom());
            Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
            rsa.init(Cipher.DECRYPT_MODE, pair.getPrivate(), new OAEPParameterSpec(hash, "MGF1",
                    new MGF1ParameterSpec(hash), PSource.PSpecified.DEFAULT));
            assertThat(rsa.doFinal(wrapped)).isEqualTo(secret);
        }
    }

    private static byte[] fixed(BigInteger value, int length) {
        byte[] bytes = value.toByteArray();
        byte[] out = new byte[length];
        int copy = Math.min(bytes.length, length);
        System.arraycopy(bytes, bytes.length - copy, out, length - copy, copy);
        return bytes.length > length && bytes[0] != 0 ? Arrays.copyOf(bytes, length) : out;
    }
}
