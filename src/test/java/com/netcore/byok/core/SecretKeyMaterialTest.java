package com.netcore.byok.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretKeyMaterialTest {
    @Test
    void theBytesLiveOffTheHeapAndCloseZeroesThemInPlace() throws Exception {
        byte[] given = HexFormat.of().parseHex("c3".repeat(32));
        SecretKeyMaterial key = SecretKeyMaterial.adopt(given);
        assertThat(given).as("adopt wipes the heap array it takes").containsOnly(0);
        Field field = SecretKeyMaterial.class.getDeclaredField("bytes");
        field.setAccessible(true);
        ByteBuffer inside = (ByteBuffer) field.get(key);
        assertThat(inside.isDirect()).as("native memory, never moved by the garbage collector").isTrue();
        assertThat(inside.get(31)).isEqualTo((byte) 0xC3);
        key.close();
        byte[] after = new byte[inside.capacity()];
        inside.get(0, after);
        assertThat(after).containsOnly(0);
        assertThat(key.isDestroyed()).isTrue();
        assertThatThrownBy(key::kcv).isInstanceOf(IllegalStateException.class).hasMessageNotContaining("0x");
    }

    @Test
    void toStringNeverShowsTheBytes() {
        byte[] bytes = HexFormat.of().parseHex("a1".repeat(32));
        try (SecretKeyMaterial key = SecretKeyMaterial.copyOf(bytes)) {
            assertThat(key.toString()).isEqualTo("SecretKeyMaterial[32 bytes, hidden]").doesNotContainIgnoringCase("a1a1");
        }
    }

    @Test
    void generatedKeysAreDistinctAndFullLength() {
        SecureRandom random = KeyMaker.strongRandom();
        try (SecretKeyMaterial a = KeyMaker.generate(random); SecretKeyMaterial b = KeyMaker.generate(random)) {
            assertThat(a.length()).isEqualTo(32);
            assertThat(a.sameBytesAs(b)).isFalse();
        }
        assertThat(KeyMaker.describe(random)).startsWith("SecureRandom DRBG (Hash_DRBG,SHA-256,256,pr_and_reseed");
    }

    @Test
    void componentsXorAndEachHasItsOwnCheckValue() {
        byte[] c1 = HexFormat.of().parseHex("0f".repeat(32));
        byte[] c2 = HexFormat.of().parseHex("f1".repeat(32));
        try (SecretKeyMaterial a = SecretKeyMaterial.copyOf(c1); SecretKeyMaterial b = SecretKeyMaterial.copyOf(c2);
             SecretKeyMaterial combined = KeyMaker.combine(List.of(a, b))) {
            assertThat(combined.sameBytesAs(HexFormat.of().parseHex("fe".repeat(32)))).isTrue();
            assertThat(a.kcv()).isNotEqualTo(b.kcv()).isNotEqualTo(combined.kcv());
        }
    }

    @Test
    void identicalComponentsAndSingleComponentAndZeroResultAreRefused() {
        byte[] c = HexFormat.of().parseHex("5a".repeat(32));
        try (SecretKeyMaterial a = SecretKeyMaterial.copyOf(c); SecretKeyMaterial b = SecretKeyMaterial.copyOf(c);
             SecretKeyMaterial d = SecretKeyMaterial.copyOf(HexFormat.of().parseHex("a5".repeat(32)));
             SecretKeyMaterial e = SecretKeyMaterial.copyOf(HexFormat.of().parseHex("ff".repeat(32)))) {
            assertThatThrownBy(() -> KeyMaker.combine(List.of(d, a, b)))
                    .hasMessage("Components 2 and 3 are identical. Each custodian must bring an independently generated "
                            + "component.");
            assertThatThrownBy(() -> KeyMaker.combine(List.of(a))).hasMessageContaining("at least 2 components");
            assertThatThrownBy(() -> KeyMaker.combine(List.of(a, d, e))).hasMessageContaining("XOR to all zeros");
        }
    }
}
