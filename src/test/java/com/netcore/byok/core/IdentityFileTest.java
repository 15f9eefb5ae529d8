package com.netcore.byok.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.netcore.byok.testing.OpenSsl;
import com.netcore.byok.testing.Signers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdentityFileTest {
    static final String PASSWORD = "correct horse battery staple";

    @TempDir
    Path dir;

    @Test
    void createsAP384IdentityThatOpenSslAndThisToolRead() throws Exception {
        Path p12 = dir.resolve("officer.p12");
        Path pem = dir.resolve("officer.pem");
        SignerCertificate certificate;
        try (SigningIdentity identity = SigningIdentity.create("Jane Doe, Bank A", new SecureRandom(), Clock.systemUTC())) {
            certificate = identity.certificate();
            assertThat(IdentityFile.save(identity, p12, Optional.of(pem), PASSWORD.toCharArray()))
                    .containsExactly(p12.toAbsolutePath(), pem.toAbsolutePath());
        }
        X509Certificate x509 = certificate.certificate();
        assertThat(x509.getSubjectX500Principal().getName()).isEqualTo("CN=Jane Doe\\, Bank A");
        assertThat(x509.getSigAlgName()).isEqualToIgnoringCase("SHA384withECDSA");
        assertThat(x509.getKeyUsage()[0]).isTrue(); // digitalSignature
        assertThat(x509.getNotAfter().toInstant()).isAfter(java.time.Instant.now().plus(java.time.Duration.ofDays(1820)));

        Path passwordFile = Signers.passwordFile(dir.resolve("pw.txt"), PASSWORD);
        OpenSsl.Result info = OpenSsl.runOk(dir, "pkcs12", "-in", p12.toString(), "-info", "-nokeys",
                "-passin", "file:" + passwordFile);
        assertThat(info.stderr()).contains("PBES2, PBKDF2, AES-256-CBC, Iteration 200000, PRF hmacWithSHA256")
                .contains("MAC: sha256, Iteration 200000");
        OpenSsl.runOk(dir, "pkcs12", "-in", p12.toString(), "-nocerts", "-nodes", "-passin", "file:" + passwordFile,
                "-out", dir.resolve("key.pem").toString());
        assertThat(Files.readString(pem)).startsWith("-----BEGIN CERTIFICATE-----");

        byte[] receipt = "receipt\n".getBytes();
        Path receiptFile = Files.write(dir.resolve("r.txt"), receipt);
        try (SigningIdentity opened = IdentityFile.load(p12, PASSWORD.toCharArray())) {
            assertThat(opened.certificate().fingerprint()).isEqualTo(certificate.fingerprint());
            Files.write(dir.resolve("r.txt.p7s"), DetachedSignature.sign(receipt, opened));
        }
        assertThat(Signers.opensslVerify(dir.resolve("r.txt.p7s"), receiptFile, pem).stderr())
                .contains("Verification successful");
        assertThat(DetachedSignature.verify(receipt, dir.resolve("r.txt.p7s"), SignerCertificate.load(pem, "Cert"), "r",
                "x").subject()).isEqualTo(certificate.subject());
    }

    @Test
    void refusesAWrongPasswordAndNeverOverwrites() throws Exception {
        Path p12 = dir.resolve("officer.p12");
        try (SigningIdentity identity = SigningIdentity.create("Jane", new SecureRandom(), Clock.systemUTC())) {
            IdentityFile.save(identity, p12, Optional.empty(), PASSWORD.toCharArray());
            byte[] before = Files.readAllBytes(p12);
            assertThatThrownBy(() -> IdentityFile.save(identity, p12, Optional.empty(), PASSWORD.toCharArray()))
                    .isInstanceOf(ByokException.class);
            assertThat(Files.readAllBytes(p12)).isEqualTo(before);
        }
        assertThatThrownBy(() -> IdentityFile.load(p12, "wrong password!".toCharArray()))
                .hasMessageContaining("the password is wrong");
    }

    @Test
    void passwordFilesGiveTheFirstLineAndNewPasswordsMustBeLong() throws Exception {
        Path file = Files.writeString(dir.resolve("pw"), "s3cret-passphrase\r\nsecond line\n");
        assertThat(Passwords.readFile(file)).containsExactly("s3cret-passphrase".toCharArray());
        assertThatThrownBy(() -> Passwords.checkNew("short".toCharArray(), "The password"))
                .hasMessageContaining("at least 12");
        assertThatThrownBy(() -> SigningIdentity.checkName(" ")).hasMessageContaining("1 to 64 printable characters");
    }
}
