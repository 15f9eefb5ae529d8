package com.netcore.byok.cli;

import static com.netcore.byok.testing.TestKms.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.netcore.byok.core.DetachedSignature;
import com.netcore.byok.core.SignerCertificate;
import com.netcore.byok.core.Receipt;
import com.netcore.byok.kms.testserver.KmsTestServer;
import com.netcore.byok.testing.Cli;
import com.netcore.byok.testing.Customer;
import com.netcore.byok.testing.OpenSsl;
import com.netcore.byok.testing.TestKms;
import com.netcore.byok.testing.TestSigners;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kms import --customer-certificate}: the receipt's signature by the customer's officer is checked before
 * any request to KMS; the import log names the verified signer.
 */
class SignedReceiptImportCliTest {
    @RegisterExtension
    static final TestKms kms = new TestKms();

    static final TestSigners.Identity OFFICER = TestSigners.p384("Jane Doe, Bank A key ceremony");

    @TempDir
    Path dir;
    String key;
    Path params;
    Path out;
    Path officerPem;

    @BeforeEach
    void ceremonyUpToTheImport() throws Exception {
        key = ok(kms.run("create-key", "--account", KmsTestServer.ACCOUNT)).out().strip();
        params = dir.resolve("params");
        ok(kms.run("get-parameters", "--key-id", key, "--wrapping-key-spec", "RSA_2048", "--out", params.toString()));
        Path keyFile = dir.resolve("key.hex");
        Files.writeString(keyFile, Customer.KEY_HEX);
        out = Files.createDirectory(dir.resolve("out"));
        ok(Cli.run("wrap", "--params", params.toString(), "--key-file", keyFile.toString(), "--out", out.toString()));
        officerPem = OFFICER.writePem(dir.resolve("officer.pem"));
        kms.server().clearRequests();
    }

    Cli.Result importSigned() {
        return kms.run("import", "--key-id", key, "--params", params.toString(), "--wrapped", out.toString(),
                "--no-expiry", "--log", dir.resolve("imports.log").toString(), "--customer-certificate",
                officerPem.toString());
    }

    Path receipt() {
        return out.resolve(Receipt.FILE_NAME);
    }

    void refusedWithoutAnyRequest(Cli.Result result, String... messageParts) {
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("error: ").contains(messageParts).endsWith("Nothing was sent to KMS.\n")
                .hasLineCount(1);
        assertThat(kms.server().calls("ImportKeyMaterial")).isZero();
        assertThat(kms.server().requestCount()).isZero();
        assertThat(dir.resolve("imports.log")).doesNotExist();
        assertThat(kms.server().keyState(key)).contains("PendingImport");
    }

    @Test
    void aReceiptSignedByTheOfficerImportsAndTheLogNamesTheSigner() throws Exception {
        OFFICER.signFile(receipt());
        assertThat(OpenSsl.run(dir, "cms", "-verify", "-binary", "-inform", "DER", "-in",
                "out/" + Receipt.FILE_NAME + ".p7s", "-content", "out/" + Receipt.FILE_NAME, "-CAfile", "officer.pem",
                "-purpose", "any", "-out", "/dev/null").stderr()).contains("Verification successful");

        Cli.Result imported = ok(importSigned());
        assertThat(imported.out()).contains("Imported key material into " + key);
        assertThat(kms.server().calls("ImportKeyMaterial")).isOne();
        assertThat(kms.server().keyState(key)).contains("Enabled");
        String fingerprint = new SignerCertificate(OFFICER.certificate()).fingerprint();
        assertThat(Files.readString(dir.resolve("imports.log"))).contains(" receipt-signer-sha256=" + fingerprint
                + " receipt-signer=\"CN=Jane Doe\\, Bank A key ceremony,O=Bank A\"\n");
    }

    @Test
    void aReceiptSignedByAnotherIdentityIsRefused() throws Exception {
        TestSigners.p384("Mallory").signFile(receipt());
        refusedWithoutAnyRequest(importSigned(), "was signed by another key (CN=Mallory,O=Bank A), not by the "
                + "pinned certificate of CN=Jane Doe\\, Bank A key ceremony,O=Bank A (SHA-256 fingerprint ");
    }

    @Test
    void anEditedReceiptIsRefused() throws Exception {
        OFFICER.signFile(receipt());
        Files.writeString(receipt(), "Note: edited\n", StandardOpenOption.APPEND);
        refusedWithoutAnyRequest(importSigned(), "was changed after it was signed");
    }

    @Test
    void aReceiptWithoutSignatureIsRefused() {
        refusedWithoutAnyRequest(importSigned(), "The customer's receipt is not signed: ",
                Receipt.FILE_NAME + ".p7s is missing");
    }

    @Test
    void aWeakSignatureOfTheOfficerIsRefused() throws Exception {
        Files.write(out.resolve(Receipt.FILE_NAME + ".p7s"), OFFICER.signDetached(Files.readAllBytes(receipt()),
                "SHA256withECDSA"));
        refusedWithoutAnyRequest(importSigned(), "uses a weak algorithm");
    }

    @Test
    void aSignatureFileThatIsNotCmsIsRefused() throws Exception {
        Files.writeString(out.resolve(Receipt.FILE_NAME + ".p7s"), "not a signature");
        refusedWithoutAnyRequest(importSigned(), "is not a CMS signature");
    }
}
