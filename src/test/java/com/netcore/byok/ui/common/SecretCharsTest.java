package com.netcore.byok.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The buffer behind the secret fields: it keeps what the control keeps, shows only a mask, and wipes to zeros. */
class SecretCharsTest {

    @Test
    void aPastedShareWithWindowsLineEndsKeepsBufferAndMaskTheSameLength() {
        SecretChars area = new SecretChars(true);
        SecretChars.Edit edit = area.replace(0, 0, "Data 1: 88FA\r\nData 2: 0C1D\r\n");

        assertThat(edit.mask()).isEqualTo("\u2022\u2022\u2022\u2022 \u2022\u2022 \u2022\u2022\u2022\u2022\n"
                + "\u2022\u2022\u2022\u2022 \u2022\u2022 \u2022\u2022\u2022\u2022\n");
        assertThat(area.length()).isEqualTo(edit.mask().length());
        assertThat(area.view().toString()).isEqualTo("Data 1: 88FA\nData 2: 0C1D\n");
    }

    @Test
    void aSingleLineFieldDropsLineBreaksAndMasksEverything() {
        SecretChars field = new SecretChars(false);
        SecretChars.Edit edit = field.replace(0, 0, "00 11\n22");

        assertThat(edit.mask()).isEqualTo("\u2022".repeat(7));
        assertThat(new String(field.copy())).isEqualTo("00 1122");
    }

    @Test
    void editsReplaceTheRightCharactersAndWipeZeroesTheBuffer() {
        SecretChars field = new SecretChars(false);
        field.replace(0, 0, "abcdef");
        field.replace(2, 4, "XYZ");
        assertThat(new String(field.copy())).isEqualTo("abXYZef");
        field.replace(0, 200, "q".repeat(200));
        assertThat(field.length()).isEqualTo(200);

        field.wipe();

        assertThat(field.isWiped()).isTrue();
        assertThat(field.length()).isZero();
    }
}
