package com.netcore.byok.cli;

import static com.netcore.byok.testing.TestKms.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.netcore.byok.core.DetachedSignature;
import com.netcore.byok.core.SignerCertificate;
import com.netcore.byok.core.Hex;
import com.netcore.byok.kms.testserver.KmsTestServer;
import com.netcore.byok.kms.testserver.SignCall;
import com.netcore.byok.testing.Cli;
import com.netcore.byok.testing.Customer;
import com.netcore.byok.testing.FolderState;
import com.netcore.byok.testing.OpenSsl;
import com.netcore.byok.testing.TestKms;
import com.netcore.byok.testing.TestSigners;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The vendor side of the signed hand-off through the command line, checked by OpenSSL, against the test server. */
class SignedHandOffCliTest {
    @TempDir
    Path dir;

    @RegisterExtension
    static final TestKms kms = new TestKms();

    String signingKey(String alias, String spec) {
        Cli.Result created = ok(kms.run("create-signing-key", "--alias", alias, "--key-spec", spec));
        assertThat(created.err()).contains("SIGN_VERIFY");
        return created.out().strip();
    }

    static List<SignCall> signCalls(String key) {
        return kms.server().signCalls().stream().filter(call -> call.keyArn().equals(key)).toList();
    }

    Path certificate(String key, String name) {
        ok(kms.run("signing-certificate", "--key-id", key, "--subject", "CN=Netcore BYOK parameters, O=Netcore",
                "--out", dir.resolve(name).toString()));
        return dir.resolve(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ECC_NIST_P384", "RSA_3072"})
    void signedParametersVerifyWithOpenSsl(String spec) throws Exception {
        String key = signingKey("vendor-" + spec.toLowerCase().replace('_', '-'), spec);
        assertThat(key).matches("arn:aws:kms:eu-west-1:111122223333:key/[0-9a-f-]{36}");
        Cli.Result made = ok(kms.run("signing-certificate", "--key-id", key, "--subject",
                "CN=Netcore BYOK parameters, O=Netcore", "--days", "30", "--out", dir.resolve("vendor.pem").toString()));
        Path pem = dir.resolve("vendor.pem");
        String fingerprint = Hex.lower(MessageDigest.getInstance("SHA-256").digest(
                SignerCertificate.load(pem, "Vendor certificate").der()));
        assertThat(made.out()).contains("Certificate SHA-256: " + Hex.grouped(fingerprint));
        String x509 = new String(OpenSsl.runOk(dir, "x509", "-in", "vendor.pem", "-noout", "-subject", "-fingerprint",
                "-sha256").stdout(), StandardCharsets.US_ASCII);
        assertThat(x509).contains("CN = Netcore BYOK parameters").containsIgnoringCase(fingerprint.toUpperCase()
                .replaceAll("(..)(?!$)", "$1:"));
        assertThat(signCalls(key)).singleElement().satisfies(call -> {
            assertThat(call.messageType()).isEqualTo("DIGEST");
            assertThat(call.algorithm()).isEqualTo(spec.startsWith("ECC") ? "ECDSA_SHA_384" : "RSASSA_PSS_SHA_256");
        });

        String target = ok(kms.run("create-key", "--alias", "bank-a-" + spec.toLowerCase().replace('_', '-'),
                "--account", KmsTestServer.ACCOUNT)).out().strip();
        Cli.Result got = ok(kms.run("get-parameters", "--key-id", target, "--wrapping-key-spec", "RSA_2048", "--out",
                dir.resolve("params").toString(), "--sign-with", key, "--certificate", pem.toString()));
        assertThat(got.out()).contains("Signed README.txt with " + key, "README.txt.p7s", Hex.grouped(fingerprint));
        assertThat(FolderState.names(dir.resolve("params"))).containsExactlyInAnyOrder("WrappingPublicKey.bin",
                "ImportToken.bin", "README.txt", "README.txt.p7s");
        OpenSsl.Result verified = OpenSsl.run(dir, "cms", "-verify", "-binary", "-inform", "DER", "-in",
                "params/README.txt.p7s", "-content", "params/README.txt", "-CAfile", "vendor.pem", "-purpose", "any",
                "-out", "/dev/null");
        assertThat(verified.stderr()).contains("Verification successful");
        assertThat(verified.exitCode()).isZero();

        List<SignCall> calls = signCalls(key);
        assertThat(calls).hasSize(2);
        assertThat(calls.get(1).messageType()).isEqualTo("DIGEST");

        // the customer's side of the check, in core: the pinned certificate signed exactly this README
        assertThat(DetachedSignature.verify(Files.readAllBytes(dir.resolve("params/README.txt")),
                dir.resolve("params/README.txt.p7s"), SignerCertificate.load(pem, "Vendor certificate"), "README.txt",
                "Do not use these files.").fingerprint()).isEqualTo(fingerprint);
        Files.writeString(dir.resolve("params/README.txt"), "\n", StandardOpenOption.APPEND);
        assertThat(OpenSsl.run(dir, "cms", "-verify", "-binary", "-inform", "DER", "-in", "params/README.txt.p7s",
                "-content", "params/README.txt", "-CAfile", "vendor.pem", "-purpose", "any", "-out", "/dev/null")
                .exitCode()).isNotZero();
    }

    @Test
    void aCertificateOfAnotherKeyIsRefusedBeforeAnythingIsWritten() {
        String first = signingKey("vendor-one", "ECC_NIST_P384");
        String second = signingKey("vendor-two", "ECC_NIST_P384");
        Path pem = certificate(first, "first.pem");
        String target = ok(kms.run("create-key", "--account", KmsTestServer.ACCOUNT)).out().strip();
        kms.server().clearRequests();
        int signs = kms.server().signCalls().size();

        Cli.Result refused = kms.run("get-parameters", "--key-id", target, "--out", dir.resolve("params").toString(),
                "--sign-with", second, "--certificate", pem.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).isEqualTo("error: Certificate " + pem + " is not the certificate of signing key "
                + second + " (its public key differs). Give the certificate 'kms signing-certificate' made for this "
                + "key. Nothing was written.\n");
        assertThat(dir.resolve("params")).doesNotExist();
        assertThat(kms.server().calls("GetParametersForImport")).isZero();
        assertThat(kms.server().signCalls()).hasSize(signs);
    }

    @Test
    void replacingSignedParametersWithoutSigningRemovesTheOldSignature() throws Exception {
        String signer = signingKey("vendor-replace", "ECC_NIST_P384");
        Path pem = certificate(signer, "replace.pem");
        String target = ok(kms.run("create-key", "--account", KmsTestServer.ACCOUNT)).out().strip();
        Path params = dir.resolve("params");
        ok(kms.run("get-parameters", "--key-id", target, "--out", params.toString(), "--sign-with", signer,
                "--certificate", pem.toString()));
        assertThat(params.resolve("README.txt.p7s")).isRegularFile();

        Cli.Result unsigned = ok(kms.run("get-parameters", "--key-id", target, "--out", params.toString(), "--force"));
        assertThat(unsigned.out()).contains("Removed " + params.resolve("README.txt.p7s") + ": it signed the replaced "
                + "README.txt. These parameters are not signed; add --sign-with and --certificate to sign them.");
        assertThat(FolderState.names(params)).containsExactlyInAnyOrder("WrappingPublicKey.bin", "ImportToken.bin",
                "README.txt");

        Cli.Result signedAgain = ok(kms.run("get-parameters", "--key-id", target, "--out", params.toString(), "--force",
                "--sign-with", signer, "--certificate", pem.toString()));
        assertThat(signedAgain.out()).doesNotContain("Removed");
        assertThat(DetachedSignature.verify(Files.readAllBytes(params.resolve("README.txt")),
                params.resolve("README.txt.p7s"), SignerCertificate.load(pem, "Vendor certificate"), "README.txt",
                "Do not use these files.")).isNotNull();
    }

    @Test
    void signingOptionsComeTogetherAndAnEncryptionKeyCannotSign() {
        String target = ok(kms.run("create-key", "--account", KmsTestServer.ACCOUNT)).out().strip();
        Cli.Result alone = kms.run("get-parameters", "--key-id", target, "--out", dir.resolve("p").toString(), "--sign-with",
                "alias/none");
        assertThat(alone.err()).startsWith("error: --sign-with needs --certificate PEM").hasLineCount(1);
        Cli.Result symmetric = kms.run("signing-certificate", "--key-id", target, "--subject", "CN=x", "--out",
                dir.resolve("x.pem").toString());
        assertThat(symmetric.exitCode()).isEqualTo(1);
        assertThat(symmetric.err()).startsWith("error: ").hasLineCount(1);
        assertThat(dir.resolve("x.pem")).doesNotExist();
        Cli.Result badSubject = kms.run("signing-certificate", "--key-id", target, "--subject", "nonsense", "--out",
                dir.resolve("x.pem").toString());
        assertThat(badSubject.err()).isEqualTo("error: Subject 'nonsense' is not a distinguished name. Give one like "
                + "\"CN=Netcore BYOK parameters, O=Netcore\".\n");
    }
}
