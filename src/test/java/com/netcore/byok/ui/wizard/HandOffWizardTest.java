package com.netcore.byok.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import com.netcore.byok.ceremony.TrustedVendors;
import com.netcore.byok.core.SigningIdentity;
import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.testing.FolderState;
import com.netcore.byok.testing.OpenSsl;
import com.netcore.byok.testing.Signers;
import com.netcore.byok.ui.Screenshots;
import com.netcore.byok.ui.WizardFxTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The signed hand-off in the wizard: trust a vendor once, verified parameters, refusals, a signed receipt. */
class HandOffWizardTest extends WizardFxTest {
    static final SigningIdentity VENDOR = Signers.identity("CN=Netcore BYOK signing, O=Netcore", "P-384");
    static final String PASSWORD = "officer passphrase 42";
    static Path pins;

    @BeforeAll
    static void ownPinFolder() throws IOException {
        pins = Files.createTempDirectory("trusted-vendors");
        System.setProperty(TrustedVendors.FOLDER_PROPERTY, pins.toString());
    }

    @AfterEach
    void removePins() throws IOException {
        try (Stream<Path> files = Files.list(pins)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @AfterAll
    static void defaultPinFolder() {
        System.clearProperty(TrustedVendors.FOLDER_PROPERTY);
    }

    private void load(Path params) {
        dialogs.folder(params);
        robot.clickOn("#chooseFolderButton");
        waitForParameters();
    }

    @Test
    void trustOnceThenSignTheReceiptWithAnIdentityMadeInTheWizard() throws Exception {
        Path params = params(WrappingAlgorithm.RSAES_OAEP_SHA_256);
        Signers.signReadme(params, VENDOR);
        Path out = emptyFolder("out");
        Path identityFolder = emptyFolder("identity");
        next(robot);
        load(params);
        assertThat(text(robot, "#vendorStatus")).contains("signed by \"CN=Netcore BYOK signing,O=Netcore\"");
        assertThat(text(robot, "#vendorFingerprint").replace("\n", " "))
                .isEqualTo(VENDOR.certificate().fingerprintGrouped());
        robot.interact(() -> Screenshots.save(stage.getScene(), "wizard-2-trust-vendor"));

        dialogs.confirm(true);
        robot.clickOn("#trustVendorButton");
        waitForParameters();
        assertThat(text(robot, "#vendorStatus")).isEqualTo("Signed by CN=Netcore BYOK signing,O=Netcore, verified.");
        assertThat(text(robot, "#error")).isEmpty();
        assertThat(new TrustedVendors(pins).list()).extracting(c -> c.fingerprint())
                .containsExactly(VENDOR.certificate().fingerprint());
        assertThat(text(robot, "#fingerprintCompared")).startsWith("I _confirm: the vendor's signature is verified");
        robot.clickOn("#fingerprintCompared");
        next(robot);
        robot.clickOn("#generateButton");
        next(robot);

        dialogs.folder(out);
        robot.clickOn("#chooseOutputButton");
        robot.clickOn("#signReceipt");
        robot.clickOn("#makeIdentityButton");
        typeInto(robot, "#identityName", "Jane Doe, Bank A");
        typeInto(robot, "#newIdentityPassword", PASSWORD);
        typeInto(robot, "#newIdentityPasswordAgain", PASSWORD);
        dialogs.folder(identityFolder);
        robot.clickOn("#createIdentityButton");
        waitFor(() -> text(robot, "#identityCreated").startsWith("Made the identity"));
        assertThat(secretField(robot, "#newIdentityPassword").isWiped()).isTrue();
        assertThat(FolderState.names(identityFolder)).containsExactly("officer.p12", "officer.pem");
        Path passwordFile = Signers.passwordFile(dir.resolve("pw.txt"), PASSWORD);
        OpenSsl.runOk(dir, "pkcs12", "-in", identityFolder.resolve("officer.p12").toString(), "-nokeys",
                "-passin", "file:" + passwordFile);

        typeInto(robot, "#identityPassword", "not the password");
        robot.clickOn("#confirm");
        next(robot);
        waitFor(() -> !model().busyProperty().get());
        assertThat(model().wrapErrorProperty().get()).contains("the password is wrong");
        assertThat(FolderState.names(out)).isEmpty();
        robot.clickOn("#backButton");
        assertThat(model().stepProperty().get()).isEqualTo(WizardModel.Step.REVIEW);
        assertThat(secretField(robot, "#identityPassword").isWiped()).isTrue();

        typeInto(robot, "#identityPassword", PASSWORD);
        next(robot);
        waitFor(() -> model().stepProperty().get() == WizardModel.Step.DONE);
        assertThat(FolderState.names(out)).containsExactly("CustomerEncryptionKey-receipt.txt",
                "CustomerEncryptionKey-receipt.txt.p7s", "CustomerEncryptionKey.bin", "CustomerEncryptionKey.bin.sha256");
        assertThat(Files.readString(out.resolve("CustomerEncryptionKey-receipt.txt")))
                .contains("Parameters signed by: " + VENDOR.certificate().describe());
        assertThat(Signers.opensslVerify(out.resolve("CustomerEncryptionKey-receipt.txt.p7s"),
                out.resolve("CustomerEncryptionKey-receipt.txt"), identityFolder.resolve("officer.pem")).stderr())
                .contains("Verification successful");
    }

    @Test
    void withAPinnedVendorBadOrMissingSignaturesAreRefusedUntilThePinIsRemoved() throws Exception {
        new TrustedVendors(pins).pin(VENDOR.certificate());
        Path params = params(WrappingAlgorithm.RSAES_OAEP_SHA_256);
        next(robot);

        load(params);
        assertThat(text(robot, "#error")).contains("are not signed", "remove it under \"Trusted vendors\"");
        assertThat(model().parameters().parametersProperty().get()).isNull();

        Files.write(params.resolve("README.txt.p7s"), com.netcore.byok.core.DetachedSignature.sign(
                Files.readAllBytes(params.resolve("README.txt")), Signers.identity("CN=Netcore BYOK signing", "P-384")));
        load(params);
        assertThat(text(robot, "#error")).contains("was signed by another key", "Do not use these files");

        Signers.signReadme(params, VENDOR);
        Files.writeString(params.resolve("README.txt"), Files.readString(params.resolve("README.txt"))
                .replace("111122223333", "444455556666"));
        load(params);
        assertThat(text(robot, "#error")).contains("was changed after it was signed");
        assertThat(model().parameters().parametersProperty().get()).isNull();

        Files.delete(params.resolve("README.txt.p7s"));
        // fired rather than clicked: with the Regions part above it, the section may lie below the window's fold
        robot.interact(() -> robot.lookup("#trustedVendorsPane").queryButton().fire());
        dialogs.confirm(true);
        robot.interact(() -> robot.lookup("#pinnedVendors .button").queryButton().fire());
        waitForParameters();
        assertThat(new TrustedVendors(pins).list()).isEmpty();
        assertThat(text(robot, "#error")).isEmpty();
        assertThat(model().parameters().parametersProperty().get()).isNotNull();
    }
}
