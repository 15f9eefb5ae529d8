package com.netcore.byok.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import com.netcore.byok.core.SecretKeyMaterial;
import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.testing.FolderState;
import com.netcore.byok.ui.WizardFxTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A full walk for each key source, ending with the three files; the test unwraps with the private key. */
class WizardWalkTest extends WizardFxTest {
    static final String KEY_HEX = "8f3a1c9d2e4b5a6978c0d1e2f3a4b5c6d7e8f90112233445566778899aabbcc0";
    static final String C1 = "1111111111111111111111111111111111111111111111111111111111111111";
    static final String C2 = "2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d";
    static final String C3 = "a0b1c2d3e4f5061728394a5b6c7d8e9f5e17c02b9a6d4f3381c7e25a0b9fd461"; // random-looking: the XOR must not be a weak key

    private void assertDone(FxRobot robot, Path out, String kcvShown) throws Exception {
        assertThat(FolderState.names(out)).containsExactly("CustomerEncryptionKey-receipt.txt",
                "CustomerEncryptionKey.bin", "CustomerEncryptionKey.bin.sha256");
        String receipt = Files.readString(out.resolve("CustomerEncryptionKey-receipt.txt"));
        assertThat(receipt).contains("KCV (AES-CMAC): " + kcvShown);
        assertThat(robot.lookup("#receipt").queryTextInputControl().getText()).isEqualTo(receipt);
        assertThat(model().key().keyProperty().get()).isNull();
    }

    @Test
    void generatedKey() throws Exception {
        Path out = emptyFolder("out");
        throughParameters(robot, params(WrappingAlgorithm.RSAES_OAEP_SHA_256));
        robot.clickOn("#generateButton");
        SecretKeyMaterial key = model().key().keyProperty().get();
        String kcv = text(robot, "#kcv");
        assertThat(kcv).matches("[0-9A-F]{6}");

        reviewAndWrap(robot, out);

        assertThat(unwrap(WrappingAlgorithm.RSAES_OAEP_SHA_256, out)).hasSize(32);
        assertDone(robot, out, kcv);
        assertThat(key.isDestroyed()).isTrue();
    }

    @Test
    void enteredHex() throws Exception {
        Path out = emptyFolder("out");
        throughParameters(robot, params(WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_256));
        robot.clickOn("#enterChoice");
        typeInto(robot, "#keyField", KEY_HEX.toUpperCase());
        assertThat(robot.lookup("#keyField").queryTextInputControl().getText()).doesNotContain("8F3A").hasSize(64);
        robot.clickOn("#useKeyButton");
        assertThat(secretField(robot, "#keyField").isWiped()).isTrue();
        String kcv = text(robot, "#kcv");

        reviewAndWrap(robot, out);

        assertThat(unwrap(WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_256, out)).isEqualTo(HexFormat.of().parseHex(KEY_HEX));
        assertDone(robot, out, kcv);
    }

    @Test
    void enteredBase64() throws Exception {
        Path out = emptyFolder("out");
        throughParameters(robot, params(WrappingAlgorithm.RSAES_OAEP_SHA_1));
        robot.clickOn("#enterChoice");
        typeInto(robot, "#keyField", Base64.getEncoder().encodeToString(HexFormat.of().parseHex(KEY_HEX)));
        robot.type(javafx.scene.input.KeyCode.ENTER);
        String kcv = text(robot, "#kcv");
        assertThat(kcv).matches("[0-9A-F]{6}");

        reviewAndWrap(robot, out);

        assertThat(unwrap(WrappingAlgorithm.RSAES_OAEP_SHA_1, out)).isEqualTo(HexFormat.of().parseHex(KEY_HEX));
        assertDone(robot, out, kcv);
    }

    @Test
    void keyFile() throws Exception {
        Path out = emptyFolder("out");
        Path keyFile = Files.write(dir.resolve("key.bin"), HexFormat.of().parseHex(KEY_HEX));
        throughParameters(robot, params(WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_1));
        robot.clickOn("#fileChoice");
        dialogs.file(keyFile);
        robot.clickOn("#chooseKeyFileButton");
        assertThat(text(robot, "#keySource")).contains("key file key.bin");
        String kcv = text(robot, "#kcv");

        reviewAndWrap(robot, out);

        assertThat(unwrap(WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_1, out)).isEqualTo(HexFormat.of().parseHex(KEY_HEX));
        assertDone(robot, out, kcv);
    }

    @Test
    void threeComponents() throws Exception {
        Path out = emptyFolder("out");
        throughParameters(robot, params(WrappingAlgorithm.RSAES_OAEP_SHA_256));
        robot.clickOn("#componentsChoice");
        List<String> kcvs = new java.util.ArrayList<>();
        for (String component : List.of(C1, C2, C3)) {
            typeInto(robot, "#componentField", component);
            robot.clickOn("#checkComponentButton");
            assertThat(secretField(robot, "#componentField").isWiped()).isTrue();
            try (SecretKeyMaterial expected = SecretKeyMaterial.copyOf(HexFormat.of().parseHex(component))) {
                assertThat(text(robot, "#componentKcv")).endsWith(": " + expected.kcv());
                kcvs.add(expected.kcv());
            }
            robot.clickOn("#acceptComponentButton");
        }
        assertThat(text(robot, "#keySource")).contains("3 components XOR-ed (component KCVs " + String.join(", ", kcvs));
        String kcv = text(robot, "#kcv");

        reviewAndWrap(robot, out);

        byte[] expected = HexFormat.of().parseHex(C1);
        for (String other : List.of(C2, C3)) {
            byte[] part = HexFormat.of().parseHex(other);
            for (int i = 0; i < 32; i++) {
                expected[i] ^= part[i];
            }
        }
        assertThat(unwrap(WrappingAlgorithm.RSAES_OAEP_SHA_256, out)).isEqualTo(expected);
        assertDone(robot, out, kcv);
        assertThat(Files.readString(out.resolve("CustomerEncryptionKey-receipt.txt")))
                .contains("Key source: 3 components XOR-ed (component KCVs " + String.join(", ", kcvs) + ")");
    }
}
