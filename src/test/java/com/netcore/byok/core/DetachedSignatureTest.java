package com.netcore.byok.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.netcore.byok.testing.OpenSsl;
import com.netcore.byok.testing.Signers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DetachedSignatureTest {
    static final String DO_NOT_USE = "Do not use these files.";
    static final byte[] CONTENT = "BYOK Wizard import parameters\nPublic key SHA-256: ab\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"P-384", "RSA-3072", "RSA-4096"})
    void acceptsTheSignerItselfAndOpenSslAgrees(String kind) throws Exception {
        SigningIdentity vendor = Signers.identity("CN=Vendor " + kind + ", O=Netcore", kind);
        Path content = write("README.txt", CONTENT);
        Path signature = write("README.txt.p7s", DetachedSignature.sign(CONTENT, vendor));

        SignerCertificate signer = DetachedSignature.verify(CONTENT, signature, vendor.certificate(), "README", DO_NOT_USE);

        assertThat(signer.subject()).contains("Vendor " + kind);
        OpenSsl.Result openssl = Signers.opensslVerify(signature, content, Signers.pem(vendor, dir.resolve("v.pem")));
        assertThat(openssl.stderr()).contains("Verification successful");
    }

    @Test
    void refusesAMissingSignatureFile() {
        SigningIdentity vendor = Signers.identity("CN=Vendor", "P-384");
        assertThatThrownBy(() -> DetachedSignature.verify(CONTENT, dir.resolve("README.txt.p7s"), vendor.certificate(),
                "README", DO_NOT_USE)).hasMessageContaining("is missing").hasMessageContaining("is not signed")
                .hasMessageEndingWith(DO_NOT_USE);
    }

    @Test
    void refusesSomethingThatIsNotCms() throws Exception {
        SigningIdentity vendor = Signers.identity("CN=Vendor", "P-384");
        Path signature = write("README.txt.p7s", vendor.certificate().pem().getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> DetachedSignature.verify(CONTENT, signature, vendor.certificate(), "README", DO_NOT_USE))
                .hasMessageContaining("is not a CMS signature").hasMessageEndingWith(DO_NOT_USE);
    }

    @Test
    void refusesASignatureByAnotherKey() throws Exception {
        SigningIdentity vendor = Signers.identity("CN=Vendor", "P-384");
        SigningIdentity other = Signers.identity("CN=Vendor", "P-384"); // same name, another key
        Path signature = write("README.txt.p7s", DetachedSignature.sign(CONTENT, other));
        assertThatThrownBy(() -> DetachedSignature.verify(CONTENT, signature, vendor.certificate(), "README", DO_NOT_USE))
                .hasMessageContaining("was signed by another key").hasMessageEndingWith(DO_NOT_USE);
    }

    @Test
    void refusesChangedContent() throws Exception {
        SigningIdentity vendor = Signers.identity("CN=Vendor", "RSA-3072");
        Path signature = write("README.txt.p7s", DetachedSignature.sign(CONTENT, vendor));
        byte[] changed = new String(CONTENT, StandardCharsets.UTF_8).replace("ab", "cd").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DetachedSignature.verify(changed, signature, vendor.certificate(), "README file x",
                DO_NOT_USE)).hasMessageContaining("README file x was changed after it was signed")
                .hasMessageEndingWith(DO_NOT_USE);
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({"SHA1withRSA, RSA-3072", "SHA256withRSA, RSA-3072", "SHA1withRSAandMGF1, RSA-3072",
            "SHA256withRSAandMGF1, RSA-2048", "SHA256withECDSA, P-256", "SHA256withECDSA, P-384",
            "SHA1withECDSA, P-384"})
    void refusesWeakAlgorithms(String algorithm, String kind) throws Exception {
        SigningIdentity vendor = Signers.identity("CN=Vendor", kind);
        Path signature = write("README.txt.p7s", Signers.sign(CONTENT, vendor, algorithm));
        assertThatThrownBy(() -> DetachedSignature.verify(CONTENT, signature, vendor.certificate(), "README", DO_NOT_USE))
                .hasMessageContaining("uses a weak algorithm").hasMessageEndingWith(DO_NOT_USE);
    }

    @Test
    void signsWithPssForRsaAndTheStrongSignatureIsAccepted() throws Exception {
        SigningIdentity vendor = Signers.identity("CN=Vendor", "RSA-3072");
        Path signature = write("s.p7s", Signers.sign(CONTENT, vendor, "SHA256withRSAandMGF1"));
        assertThat(DetachedSignature.verify(CONTENT, signature, vendor.certificate(), "README", DO_NOT_USE).fingerprint())
                .isEqualTo(vendor.certificate().fingerprint());
    }
}
