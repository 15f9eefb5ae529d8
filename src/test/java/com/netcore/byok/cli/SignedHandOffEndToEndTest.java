package com.netcore.byok.cli;

import static com.netcore.byok.testing.TestKms.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.netcore.byok.testing.Cli;
import com.netcore.byok.testing.OpenSsl;
import com.netcore.byok.testing.TestKms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The signed hand-off from end to end through the command line and the KMS test server: the vendor's signing
 * key and certificate, signed parameters, the officer's identity, a wrap that checks the vendor and signs the
 * receipt, and an import that checks the receipt first; OpenSSL verifies both signatures.
 */
class SignedHandOffEndToEndTest {
    @TempDir
    Path dir;

    @RegisterExtension
    static final TestKms kms = new TestKms();

    @Test
    void vendorAndOfficerSignAndEachSideChecksBeforeItActs() throws Exception {
        // vendor: the KMS key, the signing key (its private key stays in KMS), its certificate, signed parameters
        String key = ok(kms.run("create-key", "--alias", "alias/e2e-signed")).out().strip();
        String signingKey = ok(kms.run("create-signing-key", "--alias", "alias/e2e-signing")).out().strip();
        Path vendorPem = dir.resolve("vendor-signing.pem");
        ok(kms.run("signing-certificate", "--key-id", signingKey, "--subject", "CN=Netcore BYOK parameters, O=Netcore",
                "--out", vendorPem.toString()));
        Path params = dir.resolve("params");
        ok(kms.run("get-parameters", "--key-id", key, "--out", params.toString(), "--sign-with", signingKey,
                "--certificate", vendorPem.toString()));
        assertThat(OpenSsl.runOk(dir, "cms", "-verify", "-binary", "-inform", "DER", "-in",
                params.resolve("README.txt.p7s").toString(), "-content", params.resolve("README.txt").toString(),
                "-CAfile", vendorPem.toString(), "-purpose", "any", "-out", "/dev/null").stderr())
                .contains("Verification successful");

        // customer: the officer's identity, then a wrap that verifies the vendor and signs the receipt
        Path password = Files.writeString(dir.resolve("pw.txt"), "officer passphrase 42\n");
        Path officerPem = dir.resolve("officer.pem");
        ok(Cli.run("identity", "create", "--name", "Jane Doe, Bank A key ceremony", "--out",
                dir.resolve("officer.p12").toString(), "--certificate-out", officerPem.toString(),
                "--password-file", password.toString()));
        Path out = Files.createDirectories(dir.resolve("out"));
        Cli.Result wrapped = ok(Cli.run("wrap", "--params", params.toString(), "--generate", "--out", out.toString(),
                "--vendor-certificate", vendorPem.toString(), "--sign-receipt", dir.resolve("officer.p12").toString(),
                "--password-file", password.toString()));
        assertThat(wrapped.out()).contains("Parameters signed by CN=Netcore BYOK parameters,O=Netcore, verified");
        Path receipt = out.resolve("CustomerEncryptionKey-receipt.txt");
        assertThat(OpenSsl.runOk(dir, "cms", "-verify", "-binary", "-inform", "DER", "-in",
                receipt + ".p7s", "-content", receipt.toString(), "-CAfile", officerPem.toString(),
                "-purpose", "any", "-out", "/dev/null").stderr()).contains("Verification successful");

        // vendor: a receipt changed after signing is refused before any call; the signed one imports
        byte[] signedReceipt = Files.readAllBytes(receipt);
        Files.writeString(receipt, "Note: edited\n", StandardOpenOption.APPEND);
        kms.server().clearRequests();
        Cli.Result refused = kms.run("import", "--key-id", key, "--params", params.toString(), "--wrapped",
                out.toString(), "--no-expiry", "--log", dir.resolve("imports.log").toString(),
                "--customer-certificate", officerPem.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("was changed after it was signed", "Nothing was sent to KMS.");
        assertThat(kms.server().requestCount()).isZero();

        Files.write(receipt, signedReceipt);
        ok(kms.run("import", "--key-id", key, "--params", params.toString(), "--wrapped", out.toString(), "--no-expiry",
                "--log", dir.resolve("imports.log").toString(), "--customer-certificate", officerPem.toString()));
        assertThat(kms.server().calls("ImportKeyMaterial")).isOne();
        assertThat(kms.server().keyState(key)).contains("Enabled");
        assertThat(Files.readString(dir.resolve("imports.log")))
                .contains("receipt-signer=\"CN=Jane Doe\\, Bank A key ceremony\"");
    }
}
