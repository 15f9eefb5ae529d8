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

class KeyWrapWithPaddingTest {
    private static final HexFormat HEX = HexFormat.of();

    /** RFC 5649 section 6: the two published examples (192-bit KEK). */
    @ParameterizedTest
    @CsvSource({
            "5840df6e29b02af1ab493b705bf16ea1ae8338f4dcc176a8, c37b7e6492584340bed12207808941155068f738, "
                    + "138bdeaa9b8fa7fc61f97742e72248ee5ae6ae5360d1ae6a5f54f373fa543b6a",
            "5840df6e29b02af1ab493b705bf16ea1ae8338f4dcc176a8, 466f7250617369, afbeb0f07dfbf5419200f2ccb50bb24f"})
    void matchesRfc5649Examples(String kek, String key, String wrapped) throws Exception {
        try (SecretKeyMaterial kekMaterial = SecretKeyMaterial.copyOf(HEX.parseHex(kek));
             SecretKeyMaterial keyMaterial = SecretKeyMaterial.copyOf(HEX.parseHex(key))) {
            assertThat(HEX.formatHex(WrappingAlgorithm.aesKeyWrapWithPadding(kekMaterial, keyMaterial)))
                    .isEqualTo(wrapped);
        }
    }

    /** The same bytes as AWS's recipe: openssl enc -id-aes256-wrap-pad -K ... -iv A65959A6. */
    @Test
    void matchesOpenSslWrapPadWithAes256Kek(@TempDir Path dir) throws Exception {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 3; i++) {
            byte[] kek = new byte[32];
            byte[] material = new byte[32];
            random.nextBytes(kek);
            random.nextBytes(material);
            Files.write(dir.resolve("material.bin"), material);
            byte[] openssl = OpenSsl.runOk(dir, "enc", "-id-aes256-wrap-pad", "-K", HEX.formatHex(kek), "-iv", "A65959A6",
                    "-in", "material.bin").stdout();
            try (SecretKeyMaterial kekMaterial = SecretKeyMaterial.copyOf(kek);
                 SecretKeyMaterial plaintext = SecretKeyMaterial.copyOf(material)) {
                assertThat(WrappingAlgorithm.aesKeyWrapWithPadding(kekMaterial, plaintext)).isEqualTo(openssl).hasSize(40);
            }
        }
    }
}
