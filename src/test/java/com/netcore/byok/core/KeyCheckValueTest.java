package com.netcore.byok.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.netcore.byok.testing.OpenSsl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyCheckValueTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final String NIST_AES256_KEY = "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4";

    /** NIST SP 800-38B, appendix D (AES-128 examples 1-2 and AES-256 examples 9-12). */
    @ParameterizedTest
    @CsvSource({
            "2b7e151628aed2a6abf7158809cf4f3c, '', bb1d6929e95937287fa37d129b756746",
            "2b7e151628aed2a6abf7158809cf4f3c, 6bc1bee22e409f96e93d7e117393172a, 070a16b46b4d4144f79bdd9dd04a287c",
            NIST_AES256_KEY + ", '', 028962f61b7bf89efc6b551f4667d983",
            NIST_AES256_KEY + ", 6bc1bee22e409f96e93d7e117393172a, 28a7023f452e8f82bd4bf28d8c37c35c",
            NIST_AES256_KEY + ", 6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411, "
                    + "aaf3d8f1de5640c232f5b169b9c911e6",
            NIST_AES256_KEY + ", 6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411"
                    + "e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710, e1992190549f6ed5696a2c056c315410"})
    void cmacMatchesNistExamples(String key, String message, String tag) {
        assertThat(HEX.formatHex(KeyCheckValue.cmac(Secrets.of(HEX.parseHex(key)), HEX.parseHex(message)))).isEqualTo(tag);
    }

    @Test
    void kcvIsFirstThreeBytesOfCmacOverZeroBlockUpperCase() {
        // CMAC(NIST key, 16 zero bytes) = 1A0B2DF26763CFD6AFB9D3B1A2A846DA (openssl mac ... CMAC)
        try (SecretKeyMaterial key = SecretKeyMaterial.copyOf(HEX.parseHex(NIST_AES256_KEY))) {
            assertThat(key.kcv()).isEqualTo("1A0B2D");
        }
    }

    @Test
    void kcvAgreesWithOpenSslCmacForRandomKeys(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("zero-block"), new byte[16]);
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 5; i++) {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            String cmac = new String(OpenSsl.runOk(dir, "mac", "-cipher", "AES-256-CBC", "-macopt",
                    "hexkey:" + HEX.formatHex(bytes), "-in", "zero-block", "CMAC").stdout()).strip();
            try (SecretKeyMaterial key = SecretKeyMaterial.copyOf(bytes)) {
                assertThat(key.kcv()).isEqualTo(cmac.substring(0, 6));
            }
        }
    }
}
