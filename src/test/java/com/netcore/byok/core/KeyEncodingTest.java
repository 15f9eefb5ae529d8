package com.netcore.byok.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyEncodingTest {
    static final byte[] KEY = HexFormat.of().parseHex("00112233445566778899aabbccddeeff0f1e2d3c4b5a69788796a5b4c3d2e1f0");
    static final String HEX = HexFormat.of().formatHex(KEY);

    private static SecretKeyMaterial decodeFile(String content) {
        return KeyEncoding.fromFileContent(content.getBytes(StandardCharsets.ISO_8859_1), "Key file k");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "00112233445566778899aabbccddeeff0f1e2d3c4b5a69788796a5b4c3d2e1f0",
            "00112233445566778899AABBCCDDEEFF0F1E2D3C4B5A69788796A5B4C3D2E1F0\n",
            "0011 2233 4455 6677 8899 aabb ccdd eeff\r\n0f1e 2d3c 4b5a 6978 8796 a5b4 c3d2 e1f0\r\n",
            "00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff:0f:1e:2d:3c:4b:5a:69:78:87:96:a5:b4:c3:d2:e1:f0",
            "\u00EF\u00BB\u00BF00112233445566778899aabbccddeeff0f1e2d3c4b5a69788796a5b4c3d2e1f0",
            "\t00112233445566778899aabbccddeeff\n\t0f1e2d3c4b5a69788796a5b4c3d2e1f0\n"})
    void readsHexInAnyCommonLayout(String text) {
        try (SecretKeyMaterial key = decodeFile(text)) {
            assertThat(key.sameBytesAs(KEY)).isTrue();
        }
    }

    @Test
    void readsBase64StandardAndUrlSafe() {
        String standard = Base64.getEncoder().encodeToString(KEY);
        try (SecretKeyMaterial a = decodeFile(standard + "\n");
             SecretKeyMaterial b = decodeFile(Base64.getUrlEncoder().encodeToString(KEY));
             SecretKeyMaterial c = decodeFile(standard.substring(0, 20) + "\n" + standard.substring(20))) {
            assertThat(a.sameBytesAs(KEY)).isTrue();
            assertThat(b.sameBytesAs(KEY)).isTrue();
            assertThat(c.sameBytesAs(KEY)).isTrue();
        }
    }

    @Test
    void readsRawBytesAndWipesTheBuffer() {
        byte[] raw = new byte[32];
        raw[0] = (byte) 0x80; // binary: not all printable
        raw[31] = 1;
        byte[] content = raw.clone();
        try (SecretKeyMaterial key = KeyEncoding.fromFileContent(content, "Key file k")) {
            assertThat(key.sameBytesAs(raw)).isTrue();
        }
        assertThat(content).containsOnly(0);
    }

    @Test
    void typedTextIsNotWipedByTheDecoderButTheKeyIsIndependent() {
        char[] typed = HEX.toCharArray();
        try (SecretKeyMaterial key = KeyEncoding.fromText(typed, "Entered key")) {
            KeyEncoding.wipe(typed);
            assertThat(key.sameBytesAs(KEY)).isTrue();
        }
        assertThat(typed).containsOnly('\0');
    }

    @Test
    void shortHexSaysHowManyDigitsWereFound() {
        assertThatThrownBy(() -> decodeFile(HEX.substring(0, 32)))
                .hasMessage("Key file k has 32 hex digits (16 bytes). A 256-bit key is 64 hex digits (32 bytes).");
        assertThatThrownBy(() -> decodeFile(HEX.substring(0, 63)))
                .hasMessageContaining("63 hex digits, an odd number");
    }

    @Test
    void hexTypoNamesTheCharacterAndPosition() {
        String typo = HEX.substring(0, 10) + "g" + HEX.substring(11);
        assertThatThrownBy(() -> decodeFile("0011 2233\n" + typo.substring(8)))
                .hasMessage("Key file k: character 'g' at line 2, column 3 is not a hex digit. Correct it and try again.");
    }

    @Test
    void otherCharactersAreNamed() {
        assertThatThrownBy(() -> decodeFile("my secret key!"))
                .hasMessageContaining("character '!' at line 1, column 14 is neither hex nor base64");
        assertThatThrownBy(() -> KeyEncoding.fromText(("key=" + HEX.substring(0, 20) + "\u00E9").toCharArray(), "Entered key"))
                .hasMessageContaining("character U+00E9 at line 1, column 25 is neither hex nor base64");
    }

    @Test
    void wrongBase64LengthSaysTheLengthFound() {
        assertThatThrownBy(() -> decodeFile(Base64.getEncoder().encodeToString(new byte[24]).replace('A', 'Q')))
                .hasMessageContaining("decodes as base64 to 24 bytes");
    }

    @Test
    void binaryOfWrongLengthAndEmptyAndAllZero() {
        assertThatThrownBy(() -> KeyEncoding.fromFileContent(new byte[] {(byte) 0x80, 1, 2}, "Key file k"))
                .hasMessageContaining("holds 3 bytes of binary data");
        assertThatThrownBy(() -> KeyEncoding.fromFileContent(new byte[0], "Key file k")).hasMessageContaining("is empty");
        assertThatThrownBy(() -> KeyEncoding.fromFileContent(new byte[32], "Key file k"))
                .hasMessageContaining("is all zeros");
        assertThatThrownBy(() -> decodeFile("0".repeat(64))).hasMessageContaining("is all zeros");
        assertThatThrownBy(() -> KeyEncoding.fromFileContent(new byte[] {(byte) 0xFF, (byte) 0xFE, 0x30, 0}, "Key file k"))
                .hasMessageContaining("UTF-16");
    }

    @Test
    void messagesNeverContainTheKeyDigits() {
        String tooLong = HEX + "ab";
        assertThatThrownBy(() -> decodeFile(tooLong)).satisfies(e ->
                assertThat(e.getMessage()).doesNotContain(HEX.substring(0, 8)).doesNotContain(HEX.substring(40, 48)));
    }
}
