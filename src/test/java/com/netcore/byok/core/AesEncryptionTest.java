package com.netcore.byok.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AesEncryptionTest {
    private static final HexFormat HEX = HexFormat.of();

    /** FIPS 197, appendix C.1 to C.3. */
    @ParameterizedTest
    @CsvSource({
            "000102030405060708090a0b0c0d0e0f, 69c4e0d86a7b0430d8cdb78070b4c55a",
            "000102030405060708090a0b0c0d0e0f1011121314151617, dda97ca4864cdfe06eaf70a0ec0d7191",
            "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f, 8ea2b7ca516745bfeafc49904b496089"})
    void matchesFips197Examples(String key, String ciphertext) {
        byte[] block = HEX.parseHex("00112233445566778899aabbccddeeff");
        try (AesEncryption aes = new AesEncryption(Secrets.of(HEX.parseHex(key)))) {
            aes.encryptBlock(block, 0, block, 0);
        }
        assertThat(HEX.formatHex(block)).isEqualTo(ciphertext);
    }

    @Test
    void agreesWithTheJdkForRandomKeysAndBlocks() throws Exception {
        SecureRandom random = new SecureRandom();
        for (int size : new int[] {16, 24, 32}) {
            for (int i = 0; i < 20; i++) {
                byte[] key = new byte[size];
                byte[] block = new byte[16];
                random.nextBytes(key);
                random.nextBytes(block);
                Cipher jdk = Cipher.getInstance("AES/ECB/NoPadding");
                jdk.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
                byte[] expected = jdk.doFinal(block);
                byte[] actual = new byte[32];
                try (AesEncryption aes = new AesEncryption(Secrets.of(key))) {
                    aes.encryptBlock(block, 0, actual, 8);
                }
                assertThat(java.util.Arrays.copyOfRange(actual, 8, 24)).isEqualTo(expected);
            }
        }
    }

    @Test
    void theSBoxIsAPermutationWithTheKnownEnds() {
        boolean[] seen = new boolean[256];
        for (int x = 0; x < 256; x++) {
            seen[AesEncryption.sBox(x)] = true;
        }
        assertThat(seen).doesNotContain(false);
        assertThat(AesEncryption.sBox(0x00)).isEqualTo(0x63);
        assertThat(AesEncryption.sBox(0x53)).isEqualTo(0xED);
        assertThat(AesEncryption.sBox(0xFF)).isEqualTo(0x16);
    }
}
