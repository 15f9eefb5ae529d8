package com.netcore.byok.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeakKeysTest {
    private static Optional<String> reasonFor(String hex) {
        try (SecretKeyMaterial key = SecretKeyMaterial.copyOf(HexFormat.of().parseHex(hex))) {
            return WeakKeys.reason(key);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "all ff, ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff, 1-byte pattern repeated (every byte the same)",
        "00..01, 0000000000000000000000000000000000000000000000000000000000000001, only 2 different byte values",
        "8-byte block, 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef, one 8-byte pattern repeated",
        "2-byte block, a55aa55aa55aa55aa55aa55aa55aa55aa55aa55aa55aa55aa55aa55aa55aa55a, one 2-byte pattern repeated",
        "halves, 00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff, two 16-byte halves are identical",
        "11 values, 000102030405060708090a000102030405060708090a00010203040506070809, only 11 different byte values",
        "few values, 0001020304050607080900010203040506070809000102030405060708090001, only 10 different byte values"})
    void refusesKeysNoRandomGeneratorMakes(String name, String hex, String why) {
        assertThat(reasonFor(hex)).hasValueSatisfying(reason -> assertThat(reason).contains(why).endsWith("."));
    }

    @Test
    void acceptsRealKeysAndRandomOnes() {
        assertThat(reasonFor("00112233445566778899aabbccddeeff0f1e2d3c4b5a69788796a5b4c3d2e1f0")).isEmpty();
        assertThat(reasonFor("000102030405060708090a000102030405060708090a000102030405060708ff")).isEmpty(); // 12 values
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 10_000; i++) {
            try (SecretKeyMaterial key = KeyMaker.generate(random)) {
                assertThat(WeakKeys.reason(key)).isEmpty();
            }
        }
    }

    @Test
    void aKnownLegacyKeyPassesOnlyWhenAllowed() {
        try (SecretKeyMaterial key = SecretKeyMaterial.copyOf(HexFormat.of().parseHex("ff".repeat(32)))) {
            assertThatThrownBy(() -> WeakKeys.refuseUnlessAllowed(key, false))
                    .isInstanceOf(ByokException.class)
                    .hasMessageEndingWith("Use a randomly generated key; only if this is a known legacy key that must be "
                            + "imported as it is, confirm that with --allow-weak-key.");
            WeakKeys.refuseUnlessAllowed(key, true);
        }
    }
}
