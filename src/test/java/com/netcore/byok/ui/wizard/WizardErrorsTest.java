package com.netcore.byok.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.netcore.byok.core.ImportReadme;
import com.netcore.byok.core.SecretKeyMaterial;
import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.testing.FolderState;
import com.netcore.byok.testing.Params;
import com.netcore.byok.testing.TestKeys;
import com.netcore.byok.ui.WizardFxTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every error a person can cause in the wizard is shown beside its field, in the core's words; nothing is written. */
class WizardErrorsTest extends WizardFxTest {
    private Path out;

    @AfterEach
    void nothingWasWritten() {
        if (out != null) {
            assertThat(FolderState.names(out)).isEmpty();
        }
    }

    private void chooseParametersFolder(Path folder) {
        next(robot);
        dialogs.folder(folder);
        robot.clickOn("#chooseFolderButton");
        waitForParameters();
    }

    @Test
    void expiredParametersAreRefused() throws Exception {
        out = emptyFolder("out");
        Path params = params(WrappingAlgorithm.RSAES_OAEP_SHA_256);
        Files.writeString(params.resolve("README.txt"), ImportReadme.write(Params.KEY_ARN,
                WrappingAlgorithm.RSAES_OAEP_SHA_256, 2048, Instant.now().minusSeconds(3 * 3600),
                Params.sha256(PAIR.getPublic().getEncoded())));

        chooseParametersFolder(params);

        assertThat(text(robot, "#error")).contains("These import parameters expired at").contains("3 hours ago")
                .contains("the operator must download new import parameters");
        assertThat(robot.lookup("#nextButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#fingerprintCompared").queryAs(javafx.scene.control.CheckBox.class).isDisabled()).isTrue();
    }

    @Test
    void wrongFileAsPublicKey() throws Exception {
        out = emptyFolder("out");
        Path privateKey = Files.writeString(dir.resolve("WrappingPublicKey.pem"), TestKeys.privatePem(PAIR));
        next(robot);
        dialogs.file(privateKey);
        robot.clickOn("#chooseFileButton");
        waitForParameters();

        assertThat(text(robot, "#error")).contains("is a private key (PEM PRIVATE KEY). Never share private keys");
        assertThat(robot.lookup("#nextButton").queryButton().isDisabled()).isTrue();
    }

    @Test
    void readmeContradictsTheKey() throws Exception {
        out = emptyFolder("out");
        Path params = params(WrappingAlgorithm.RSAES_OAEP_SHA_256);
        Files.writeString(params.resolve("README.txt"), "Algorithm RSAES_OAEP_SHA_256, wrapping key spec RSA_4096\n");

        chooseParametersFolder(params);

        assertThat(text(robot, "#error")).contains("says RSA_4096 but the wrapping public key is 2048 bits");
        assertThat(robot.lookup("#nextButton").queryButton().isDisabled()).isTrue();
    }

    @Test
    void shortHexKey() throws Exception {
        out = emptyFolder("out");
        throughParameters(robot, params(WrappingAlgorithm.RSAES_OAEP_SHA_256));
        robot.clickOn("#enterChoice");
        typeInto(robot, "#keyField", "00112233445566778899aabbccddeeff");
        robot.clickOn("#useKeyButton");

        assertThat(text(robot, "#error")).isEqualTo("The entered key has 32 hex digits (16 bytes). A 256-bit key is 64 hex "
                + "digits (32 bytes).");
        assertThat(model().key().keyProperty().get()).isNull();
        assertThat(robot.lookup("#nextButton").queryButton().isDisabled()).isTrue();
    }

    @Test
    void componentWithATypoShowsAnotherCheckValueAndIsTypedAgain() throws Exception {
        out = emptyFolder("out");
        throughParameters(robot, params(WrappingAlgorithm.RSAES_OAEP_SHA_256));
        robot.clickOn("#componentsChoice");
        robot.clickOn("#componentCount .increment-arrow-button"); // 3 -> 4, then back to 2 by keyboard
        robot.clickOn("#componentCount .decrement-arrow-button");
        robot.clickOn("#componentCount .decrement-arrow-button");
        assertThat(model().key().componentCountProperty().get()).isEqualTo(2);

        String component = WizardWalkTest.C2;
        String typo = component.substring(0, 20) + "e" + component.substring(21);
        String expectedKcv;
        try (SecretKeyMaterial right = SecretKeyMaterial.copyOf(HexFormat.of().parseHex(component))) {
            expectedKcv = right.kcv();
        }
        typeInto(robot, "#componentField", typo);
        robot.clickOn("#checkComponentButton");
        assertThat(text(robot, "#componentKcv")).startsWith("Check value of component 1: ").doesNotEndWith(expectedKcv);
        SecretKeyMaterial mistyped = model().key().pendingComponentProperty().get();
        robot.clickOn("#rejectComponentButton");
        assertThat(mistyped.isDestroyed()).isTrue();
        assertThat(model().key().acceptedComponents()).isZero();

        typeInto(robot, "#componentField", component);
        robot.clickOn("#checkComponentButton");
        assertThat(text(robot, "#componentKcv")).isEqualTo("Check value of component 1: " + expectedKcv);
        robot.clickOn("#acceptComponentButton");
        assertThat(model().key().acceptedComponents()).isEqualTo(1);
    }

    @Test
    void readOnlyOutputFolder() throws Exception {
        out = emptyFolder("out");
        try {
            assumeTrue(FolderState.makeReadOnly(out), "this machine cannot make a folder read-only");
            throughParameters(robot, params(WrappingAlgorithm.RSAES_OAEP_SHA_256));
            robot.clickOn("#generateButton");
            next(robot);
            dialogs.folder(out);
            robot.clickOn("#chooseOutputButton");
            robot.clickOn("#confirm");

            assertThat(text(robot, "#outputError")).contains("out is not writable").contains("Choose a writable folder");
            assertThat(robot.lookup("#nextButton").queryButton().isDisabled()).isTrue();
        } finally {
            FolderState.makeWritable(out);
        }
    }

    @Test
    void existingFilesAreReplacedOnlyAfterConfirmation() throws Exception {
        Path existing = emptyFolder("existing");
        Files.writeString(existing.resolve("CustomerEncryptionKey.bin"), "earlier");
        throughParameters(robot, params(WrappingAlgorithm.RSAES_OAEP_SHA_256));
        robot.clickOn("#generateButton");
        next(robot);
        dialogs.folder(existing);
        robot.clickOn("#chooseOutputButton");
        robot.clickOn("#confirm");
        dialogs.confirm(false);
        next(robot);

        assertThat(dialogs.asked).contains("confirm: Replace existing files?");
        assertThat(model().stepProperty().get()).isEqualTo(WizardModel.Step.REVIEW);
        assertThat(Files.readString(existing.resolve("CustomerEncryptionKey.bin"))).isEqualTo("earlier");

        dialogs.confirm(true);
        next(robot);
        waitFor(() -> model().stepProperty().get() == WizardModel.Step.DONE);
        assertThat(Files.size(existing.resolve("CustomerEncryptionKey.bin"))).isEqualTo(256);
    }
}
