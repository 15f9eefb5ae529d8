package com.netcore.byok.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.testing.FolderState;
import com.netcore.byok.testing.Params;
import com.netcore.byok.testing.TestKeys;
import com.netcore.byok.ui.WizardFxTest;
import com.netcore.byok.ui.common.SecretTextArea;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Generate, split 2-of-3, start over, restore from two share files, and wrap again for new parameters. */
class SharesWalkTest extends WizardFxTest {

    @Test
    void splitThenRestoreFromTwoShareFilesForNewParameters() throws Exception {
        Path firstOut = emptyFolder("first");
        Path shares = emptyFolder("shares");
        throughParameters(robot, params(WrappingAlgorithm.RSAES_OAEP_SHA_256));
        robot.clickOn("#generateButton");
        String kcv = text(robot, "#kcv");
        next(robot);
        dialogs.folder(firstOut);
        robot.clickOn("#chooseOutputButton");
        robot.clickOn("#split");
        robot.clickOn("#custodians").write("Alice Martin, Bob Okafor, Chen Wei", 0);
        dialogs.folder(shares);
        robot.clickOn("#chooseSharesButton");
        assertThat(text(robot, "#splitError")).isEmpty();
        robot.clickOn("#confirm");
        next(robot);
        waitFor(() -> model().stepProperty().get() == WizardModel.Step.DONE);

        assertThat(FolderState.names(shares)).containsExactly("share-1-of-3.pdf", "share-1-of-3.txt", "share-2-of-3.pdf",
                "share-2-of-3.txt", "share-3-of-3.pdf", "share-3-of-3.txt");
        assertThat(Files.readString(shares.resolve("share-2-of-3.txt"))).contains("Custodian: Bob Okafor", "Key KCV (AES-CMAC): " + kcv);
        assertThat(Files.readString(firstOut.resolve("CustomerEncryptionKey-receipt.txt")))
                .contains("KCV (AES-CMAC): " + kcv).contains("2-of-3");
        assertThat(text(robot, "#shares")).contains("share-3-of-3.pdf");
        byte[] original = unwrap(WrappingAlgorithm.RSAES_OAEP_SHA_256, firstOut);

        robot.clickOn("#startOverButton");

        KeyPair newPair = TestKeys.fresh(2048);
        Path newParams = Params.folder(dir.resolve("new-params"), newPair, WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_256,
                Duration.ofHours(20));
        Path secondOut = emptyFolder("second");
        throughParameters(robot, newParams);
        robot.clickOn("#sharesChoice");
        dialogs.file(shares.resolve("share-3-of-3.txt"));
        robot.clickOn("#addShareFileButton");
        waitFor(() -> !model().key().sharesStatusProperty().get().isEmpty()); // read off the FX thread
        assertThat(text(robot, "#sharesStatus")).isEqualTo("1 of 2 shares needed are in; bring 1 more.");
        dialogs.file(shares.resolve("share-1-of-3.txt"));
        robot.clickOn("#addShareFileButton");
        waitFor(() -> model().key().keyProperty().get() != null);
        assertThat(text(robot, "#sharesStatus")).startsWith("Enough shares: the key is restored.");
        assertThat(text(robot, "#kcv")).isEqualTo(kcv);
        next(robot);
        assertThat(robot.lookup("#splitBox").query().isVisible()).as("a restored key is not split again").isFalse();
        dialogs.folder(secondOut);
        robot.clickOn("#chooseOutputButton");
        robot.clickOn("#confirm");
        next(robot);
        waitFor(() -> model().stepProperty().get() == WizardModel.Step.DONE);

        byte[] again = TestKeys.unwrap("RSA_AES_KEY_WRAP_SHA_256", newPair.getPrivate(), 256,
                Files.readAllBytes(secondOut.resolve("CustomerEncryptionKey.bin")));
        assertThat(again).isEqualTo(original);
        assertThat(Files.readString(secondOut.resolve("CustomerEncryptionKey-receipt.txt")))
                .contains("KCV (AES-CMAC): " + kcv).contains("restored from shares (2 of 3, shares 1 and 3)");
    }

    @Test
    void aTypedShareWithATypoIsLocatedAtOnce() throws Exception {
        Path shares = emptyFolder("shares");
        Path out = emptyFolder("out");
        throughParameters(robot, params(WrappingAlgorithm.RSAES_OAEP_SHA_256));
        robot.clickOn("#generateButton");
        next(robot);
        dialogs.folder(out);
        robot.clickOn("#chooseOutputButton");
        robot.clickOn("#split");
        dialogs.folder(shares);
        robot.clickOn("#chooseSharesButton");
        robot.clickOn("#confirm");
        next(robot);
        waitFor(() -> model().stepProperty().get() == WizardModel.Step.DONE);
        robot.clickOn("#startOverButton");

        throughParameters(robot, params(WrappingAlgorithm.RSAES_OAEP_SHA_256));
        robot.clickOn("#sharesChoice");
        String share = Files.readString(shares.resolve("share-2-of-3.txt"));
        String dataLine = share.lines().filter(l -> l.startsWith("Data 2:")).findFirst().orElseThrow();
        char wrong = dataLine.charAt(8) == '0' ? '1' : '0';
        String typo = share.replace(dataLine, dataLine.substring(0, 8) + wrong + dataLine.substring(9));
        SecretTextArea shareText = robot.lookup("#shareText").queryAs(SecretTextArea.class);
        robot.interact(() -> shareText.replaceText(0, shareText.getLength(), typo));

        assertThat(text(robot, "#shareCheck")).contains("data line 2), group 1");
        assertThat(robot.lookup("#addTypedShareButton").queryButton().isDisabled()).isTrue();

        robot.interact(() -> shareText.replaceText(0, shareText.getLength(), share));
        robot.clickOn("#addTypedShareButton");
        assertThat(text(robot, "#sharesStatus")).isEqualTo("1 of 2 shares needed are in; bring 1 more.");
        assertThat(shareText.getText()).isEmpty();
        assertThat(shareText.isWiped()).as("the typed share's buffer is zeroed once the share is added").isTrue();
    }
}
