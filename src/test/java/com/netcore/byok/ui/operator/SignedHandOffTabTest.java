package com.netcore.byok.ui.operator;

import static org.assertj.core.api.Assertions.assertThat;

import com.netcore.byok.core.DetachedSignature;
import com.netcore.byok.core.SignerCertificate;
import com.netcore.byok.core.ImportParameters;
import com.netcore.byok.core.KeySource;
import com.netcore.byok.core.Receipt;
import com.netcore.byok.core.SecretKeyMaterial;
import com.netcore.byok.core.WrappedKeyFiles;
import com.netcore.byok.kms.WrappingKeySpec;
import com.netcore.byok.testing.TestSigners;
import com.netcore.byok.ui.Screenshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The operator tab's signed hand-off: signing key, certificate, signed parameters, the customer's certificate. */
class SignedHandOffTabTest extends OperatorFxTest {
    private void runAndWait(String button) {
        robot.clickOn(button);
        waitFor(() -> !operator().outcome().busyProperty().get());
    }

    @Test
    void signedParametersAndACheckedReceipt() throws Exception {
        runAndWait("#createButton");
        String key = operator().keyRefProperty().get();
        robot.clickOn("#parametersAction");
        runAndWait("#createSigningKeyButton");
        assertThat(operator().outcome().errorProperty().get()).isEmpty();
        String signingKey = operator().signedHandOff().signingKeyProperty().get();
        assertThat(signingKey).startsWith("arn:aws:kms:eu-west-1:111122223333:key/").isNotEqualTo(key);

        robot.clickOn("#signingSubject").write("CN=Netcore BYOK parameters, O=Netcore", 0);
        Path vendor = Files.createDirectories(dir.resolve("vendor"));
        dialogs.folder(vendor);
        runAndWait("#makeCertificateButton");
        assertThat(operator().outcome().errorProperty().get()).isEmpty();
        Path pem = vendor.resolve("vendor-signing.pem");
        String fingerprint = SignerCertificate.load(pem, "Vendor certificate").fingerprint();
        assertThat(operator().outcome().resultProperty().get()).contains("Certificate SHA-256: ",
                fingerprint.substring(0, 4).toUpperCase());
        assertThat(operator().signedHandOff().certificateProperty().get()).isEqualTo(pem);

        robot.clickOn("#signParameters");
        robot.interact(() -> operator().keySpecProperty().set(WrappingKeySpec.RSA_2048));
        Path params = dir.resolve("params");
        dialogs.folder(params);
        robot.clickOn("#parametersFolderButton");
        runAndWait("#parametersButton");
        assertThat(operator().outcome().errorProperty().get()).isEmpty();
        assertThat(operator().outcome().resultProperty().get()).contains("Signed README.txt with " + signingKey);
        assertThat(DetachedSignature.verify(Files.readAllBytes(params.resolve("README.txt")),
                params.resolve("README.txt.p7s"), SignerCertificate.load(pem, "Vendor certificate"), "README.txt",
                "Do not use these files.").fingerprint()).isEqualTo(fingerprint);
        robot.interact(() -> Screenshots.save(stage.getScene(), "operator-signed-parameters"));

        Path out = Files.createDirectories(dir.resolve("out"));
        try (SecretKeyMaterial material = SecretKeyMaterial.copyOf(HexFormat.of().parseHex("11".repeat(32)))) {
            WrappedKeyFiles.wrapAndWrite(ImportParameters.fromFolder(params, Optional.empty()), material,
                    KeySource.entered(), out, false, new SecureRandom(), Clock.systemUTC());
        }
        TestSigners.Identity officer = TestSigners.p384("Officer");
        Path officerPem = officer.writePem(dir.resolve("officer.pem"));
        robot.clickOn("#importAction");
        dialogs.folder(out);
        robot.clickOn("#wrappedButton");
        dialogs.file(officerPem);
        robot.clickOn("#customerCertificateButton");
        assertThat(robot.lookup("#customerCertificateLabel").queryLabeled().getText()).contains("CN=Officer,O=Bank A");

        kms.server().clearRequests();
        runAndWait("#importButton");
        assertThat(operator().outcome().errorProperty().get()).contains("The customer's receipt is not signed")
                .endsWith("Nothing was sent to KMS.");
        assertThat(kms.server().requestCount()).isZero();

        officer.signFile(out.resolve(Receipt.FILE_NAME));
        runAndWait("#importButton");
        assertThat(operator().outcome().errorProperty().get()).isEmpty();
        assertThat(kms.server().calls("ImportKeyMaterial")).isOne();
        assertThat(Files.readString(dir.resolve("imports.log"))).contains("receipt-signer-sha256="
                + new SignerCertificate(officer.certificate()).fingerprint());
    }

    @Test
    void signingWithoutACertificateIsOneSentence() {
        robot.interact(() -> operator().keyRefProperty().set("alias/none"));
        robot.clickOn("#parametersAction");
        robot.interact(() -> operator().signedHandOff().signingKeyProperty().set("alias/signing"));
        robot.clickOn("#signParameters");
        dialogs.folder(dir.resolve("p"));
        robot.clickOn("#parametersFolderButton");
        kms.server().clearRequests();
        runAndWait("#parametersButton");
        assertThat(operator().outcome().errorProperty().get()).startsWith("No certificate is chosen for signing.");
        assertThat(kms.server().requestCount()).isZero();
    }
}
