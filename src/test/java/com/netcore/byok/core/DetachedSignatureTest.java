package com.netcore.byok.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.netcore.byok.testing.TestSigners;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Detached CMS signatures against a pinned certificate: signer, content digest, algorithm policy. */
class DetachedSignatureTest {
    static final byte[] CONTENT = "Label: value\nKCV (AES-CMAC): 1A2B3C\n".getBytes(StandardCharsets.UTF_8);
    static final TestSigners.Identity OFFICER = TestSigners.p384("Officer");

    @TempDir
    Path dir;

    static DetachedSignature.Signer verify(byte[] content, byte[] signature, TestSigners.Identity pinned) {
        return DetachedSignature.verify(content, signature, "receipt.txt.p7s", pinned.certificate());
    }

    @Test
    void theStrongAlgorithmsOfThePinnedCertificateVerify() {
        DetachedSignature.Signer signer = verify(CONTENT, OFFICER.signDetached(CONTENT), OFFICER);
        assertThat(signer.subject()).isEqualTo("O=Bank A,CN=Officer");
        assertThat(signer.sha256()).hasSize(64).isEqualTo(DetachedSignature.fingerprint(OFFICER.certificate()));
        TestSigners.Identity rsa = TestSigners.rsa(3072, "Vendor", "SHA256withRSAandMGF1");
        assertThat(verify(CONTENT, rsa.signDetached(CONTENT), rsa).subject()).isEqualTo("O=Bank A,CN=Vendor");
    }

    @Test
    void anotherSignerChangedContentAndGarbageAreRefused() {
        assertThatThrownBy(() -> verify(CONTENT, TestSigners.p384("Mallory").signDetached(CONTENT), OFFICER))
                .isInstanceOf(ByokException.class).hasMessageStartingWith("receipt.txt.p7s was signed by another "
                        + "identity, not by the pinned certificate O=Bank A,CN=Officer (certificate SHA-256 ");
        byte[] changed = CONTENT.clone();
        changed[0] ^= 1;
        assertThatThrownBy(() -> verify(changed, OFFICER.signDetached(CONTENT), OFFICER)).hasMessage("receipt.txt.p7s "
                + "does not match the file it signs: the file was changed after it was signed; do not use these files.");
        byte[] signature = OFFICER.signDetached(CONTENT);
        signature[signature.length - 3] ^= 1;
        assertThatThrownBy(() -> verify(CONTENT, signature, OFFICER)).isInstanceOf(ByokException.class)
                .hasMessageStartingWith("receipt.txt.p7s ").hasMessageEndingWith("do not use these files.");
        assertThatThrownBy(() -> verify(CONTENT, "junk".getBytes(StandardCharsets.US_ASCII), OFFICER))
                .hasMessage("receipt.txt.p7s is not a CMS signature (DER .p7s); do not use these files until the "
                        + "sender signs them again.");
    }

    @Test
    void weakerAlgorithmsAreRefused() {
        String weak = "receipt.txt.p7s uses a signature algorithm below this tool's policy";
        assertThatThrownBy(() -> verify(CONTENT, OFFICER.signDetached(CONTENT, "SHA256withECDSA"), OFFICER))
                .hasMessageStartingWith(weak);
        TestSigners.Identity p256 = TestSigners.ec("secp256r1", "P256", "SHA384withECDSA");
        assertThatThrownBy(() -> verify(CONTENT, p256.signDetached(CONTENT), p256)).hasMessageStartingWith(weak);
        TestSigners.Identity rsa2048 = TestSigners.rsa(2048, "Small", "SHA256withRSAandMGF1");
        assertThatThrownBy(() -> verify(CONTENT, rsa2048.signDetached(CONTENT), rsa2048)).hasMessageStartingWith(weak);
        TestSigners.Identity pkcs1 = TestSigners.rsa(3072, "Pkcs1", "SHA256withRSA");
        assertThatThrownBy(() -> verify(CONTENT, pkcs1.signDetached(CONTENT), pkcs1)).hasMessageStartingWith(weak);
    }

    @Test
    void filesAndCertificatesAreReadAndAMissingSignatureIsNamed() throws Exception {
        Path receipt = Files.write(dir.resolve("receipt.txt"), CONTENT);
        Path pem = OFFICER.writePem(dir.resolve("officer.pem"));
        assertThatThrownBy(() -> DetachedSignature.verify(receipt, DetachedSignature.loadCertificate(pem)))
                .hasMessage("receipt.txt is not signed: " + dir.resolve("receipt.txt.p7s") + " is missing. Ask the "
                        + "sender for the signed files; do not use these.");
        OFFICER.signFile(receipt);
        assertThat(DetachedSignature.verify(receipt, DetachedSignature.loadCertificate(pem)).subject())
                .isEqualTo("O=Bank A,CN=Officer");
        Files.write(dir.resolve("officer.der"), OFFICER.certificate().getEncoded());
        assertThat(DetachedSignature.loadCertificate(dir.resolve("officer.der"))).isEqualTo(OFFICER.certificate());
        assertThatThrownBy(() -> DetachedSignature.loadCertificate(receipt)).hasMessage("Certificate file " + receipt
                + " is not an X.509 certificate (PEM or DER). Give the certificate file the other side sent at "
                + "onboarding.");
    }
}
