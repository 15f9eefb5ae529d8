package com.netcore.byok.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.netcore.byok.core.SigningIdentity;
import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.testing.Cli;
import com.netcore.byok.testing.FolderState;
import com.netcore.byok.testing.OpenSsl;
import com.netcore.byok.testing.Params;
import com.netcore.byok.testing.RegionParams;
import com.netcore.byok.testing.Signers;
import com.netcore.byok.testing.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The customer's side of the signed hand-off through the command line, checked by OpenSSL. */
class HandOffCliTest {
    static final KeyPair PAIR = TestKeys.rsa(3072);
    static final String PASSWORD = "officer passphrase 42";

    @TempDir
    Path dir;

    private Path officer() throws Exception {
        Path passwordFile = Signers.passwordFile(dir.resolve("pw.txt"), PASSWORD);
        Cli.Result created = Cli.run("identity", "create", "--name", "Jane Doe, Bank A key ceremony",
                "--out", dir.resolve("officer.p12").toString(), "--certificate-out", dir.resolve("officer.pem").toString(),
                "--password-file", passwordFile.toString());
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out()).contains("Identity: CN=Jane Doe\\, Bank A key ceremony",
                "Certificate SHA-256 fingerprint: ");
        return dir.resolve("officer.p12");
    }

    private Path signedParams(SigningIdentity vendor) throws Exception {
        Path params = Params.folder(dir.resolve("params"), PAIR, WrappingAlgorithm.RSAES_OAEP_SHA_256, Duration.ofHours(20));
        Signers.signReadme(params, vendor);
        Signers.pem(vendor, dir.resolve("vendor.pem"));
        return params;
    }

    private Cli.Result wrapSigned(Path params, Path out) throws Exception {
        Files.createDirectories(out);
        return Cli.run("wrap", "--params", params.toString(), "--generate", "--out", out.toString(),
                "--vendor-certificate", dir.resolve("vendor.pem").toString(),
                "--sign-receipt", dir.resolve("officer.p12").toString(), "--password-file", dir.resolve("pw.txt").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"P-384", "RSA-3072"})
    void signedHandOffRoundTripsAndOpenSslVerifiesBothSignatures(String vendorKind) throws Exception {
        SigningIdentity vendor = Signers.identity("CN=Netcore BYOK signing, O=Netcore", vendorKind);
        Path params = signedParams(vendor);
        officer();

        Cli.Result inspected = Cli.run("inspect", params.toString(), "--vendor-certificate", dir.resolve("vendor.pem").toString());
        assertThat(inspected.exitCode()).as(inspected.err()).isZero();
        assertThat(inspected.out()).contains("Parameters signed by CN=Netcore BYOK signing,O=Netcore, verified");

        Path out = dir.resolve("out");
        Cli.Result wrapped = wrapSigned(params, out);
        assertThat(wrapped.exitCode()).as(wrapped.err()).isZero();
        assertThat(wrapped.out()).contains("Parameters signed by CN=Netcore BYOK signing,O=Netcore, verified",
                "Receipt signed by CN=Jane Doe\\, Bank A key ceremony.");
        assertThat(FolderState.names(out)).containsExactly("CustomerEncryptionKey-receipt.txt",
                "CustomerEncryptionKey-receipt.txt.p7s", "CustomerEncryptionKey.bin", "CustomerEncryptionKey.bin.sha256");
        assertThat(Files.readString(out.resolve("CustomerEncryptionKey-receipt.txt")))
                .contains("Parameters signed by: " + vendor.certificate().describe() + "\n");

        OpenSsl.Result readme = Signers.opensslVerify(params.resolve("README.txt.p7s"), params.resolve("README.txt"),
                dir.resolve("vendor.pem"));
        assertThat(readme.stderr()).contains("Verification successful");
        OpenSsl.Result receipt = Signers.opensslVerify(out.resolve("CustomerEncryptionKey-receipt.txt.p7s"),
                out.resolve("CustomerEncryptionKey-receipt.txt"), dir.resolve("officer.pem"));
        assertThat(receipt.stderr()).contains("Verification successful");

        Cli.Result verified = Cli.run("verify", out.toString(), "--customer-certificate", dir.resolve("officer.pem").toString());
        assertThat(verified.exitCode()).as(verified.err()).isZero();
        assertThat(verified.out()).startsWith("Receipt signed by CN=Jane Doe\\, Bank A key ceremony, verified");
    }

    /** One key wrapped for two Regions: each Region's README checked against the vendor, each receipt signed. */
    @Test
    void signedHandOffForSeveralRegionsChecksEveryRegionAndSignsEveryReceipt() throws Exception {
        SigningIdentity vendor = Signers.identity("CN=Netcore BYOK signing, O=Netcore", "P-384");
        Signers.pem(vendor, dir.resolve("vendor.pem"));
        officer();
        Path east = RegionParams.folder(dir.resolve("params-east"), PAIR, "us-east-1", RegionParams.MRK,
                Duration.ofHours(20));
        Path west = RegionParams.folder(dir.resolve("params-west"), TestKeys.rsa(2048), "eu-west-1", RegionParams.MRK,
                Duration.ofHours(20));
        Signers.signReadme(east, vendor);
        Path out = Files.createDirectories(dir.resolve("out"));

        Cli.Result inspectedUnsigned = Cli.run("inspect", east.toString(), west.toString(), "--vendor-certificate",
                dir.resolve("vendor.pem").toString());
        assertThat(inspectedUnsigned.exitCode()).isEqualTo(1);
        assertThat(inspectedUnsigned.err()).startsWith("error: Signature file " + west.resolve("README.txt.p7s")
                + " is missing").hasLineCount(1);
        Cli.Result unsigned = wrapTwoRegions(east, west, out);
        assertThat(unsigned.exitCode()).isEqualTo(1);
        assertThat(unsigned.err()).startsWith("error: Signature file " + west.resolve("README.txt.p7s") + " is missing")
                .hasLineCount(1);
        assertThat(out).isEmptyDirectory();

        Signers.signReadme(west, vendor);
        Cli.Result inspected = Cli.run("inspect", east.toString(), west.toString(), "--vendor-certificate",
                dir.resolve("vendor.pem").toString());
        assertThat(inspected.exitCode()).as(inspected.err()).isZero();
        assertThat(inspected.out()).contains("Every Region's parameters signed by CN=Netcore BYOK signing,O=Netcore, "
                + "verified");
        Cli.Result wrapped = wrapTwoRegions(east, west, out);
        assertThat(wrapped.exitCode()).as(wrapped.err()).isZero();
        assertThat(wrapped.out()).contains("Parameters signed by CN=Netcore BYOK signing,O=Netcore, verified",
                "Each Region's receipt signed by CN=Jane Doe\\, Bank A key ceremony.");
        for (String region : new String[] {"us-east-1", "eu-west-1"}) {
            Path folder = out.resolve(region);
            assertThat(FolderState.names(folder)).containsExactlyInAnyOrder("CustomerEncryptionKey-receipt.txt",
                    "CustomerEncryptionKey-receipt.txt.p7s", "CustomerEncryptionKey.bin",
                    "CustomerEncryptionKey.bin.sha256");
            assertThat(Files.readString(folder.resolve("CustomerEncryptionKey-receipt.txt")))
                    .contains("Parameters signed by: " + vendor.certificate().describe() + "\n", "Other Regions: ");
            OpenSsl.Result receipt = Signers.opensslVerify(folder.resolve("CustomerEncryptionKey-receipt.txt.p7s"),
                    folder.resolve("CustomerEncryptionKey-receipt.txt"), dir.resolve("officer.pem"));
            assertThat(receipt.stderr()).as(region).contains("Verification successful");
            Cli.Result verified = Cli.run("verify", folder.toString(), "--customer-certificate",
                    dir.resolve("officer.pem").toString());
            assertThat(verified.exitCode()).as(verified.err()).isZero();
        }
    }

    private Cli.Result wrapTwoRegions(Path east, Path west, Path out) {
        return Cli.run("wrap", "--params", east.toString(), "--params", west.toString(), "--generate", "--out",
                out.toString(), "--vendor-certificate", dir.resolve("vendor.pem").toString(), "--sign-receipt",
                dir.resolve("officer.p12").toString(), "--password-file", dir.resolve("pw.txt").toString());
    }

    @Test
    void verifyRefusesAReceiptThatWasEditedSignedByAnotherIdentityOrNotSigned() throws Exception {
        Path params = signedParams(Signers.identity("CN=Vendor", "P-384"));
        officer();
        Path out = dir.resolve("out");
        assertThat(wrapSigned(params, out).exitCode()).isZero();
        Path receipt = out.resolve("CustomerEncryptionKey-receipt.txt");
        Path signature = out.resolve("CustomerEncryptionKey-receipt.txt.p7s");
        String officerPem = dir.resolve("officer.pem").toString();
        byte[] original = Files.readAllBytes(receipt);

        Files.writeString(receipt, Files.readString(receipt).replace("Key source: generated", "Key source: entered"));
        assertThat(Cli.run("verify", out.toString(), "--customer-certificate", officerPem).err())
                .contains("was changed after it was signed", "Do not import these files");

        Files.write(receipt, original);
        SigningIdentity mallory = Signers.identity("CN=Jane Doe\\, Bank A key ceremony", "P-384");
        Files.write(signature, Signers.sign(original, mallory, "SHA384withECDSA"));
        Cli.Result foreign = Cli.run("verify", out.toString(), "--customer-certificate", officerPem);
        assertThat(foreign.exitCode()).isEqualTo(1);
        assertThat(foreign.err()).contains("was signed by another key").doesNotContain("Exception");

        Files.delete(signature);
        assertThat(Cli.run("verify", out.toString(), "--customer-certificate", officerPem).err())
                .contains("CustomerEncryptionKey-receipt.txt.p7s is missing");
        assertThat(Cli.run("verify", out.toString()).exitCode()).isZero(); // without a certificate: today's check
    }

    @Test
    void identityCreateRefusesShortPasswordsExistingFilesAndAMissingTerminal() throws Exception {
        Path p12 = dir.resolve("officer.p12");
        Path shortPassword = Signers.passwordFile(dir.resolve("short.txt"), "short");
        Cli.Result tooShort = Cli.run("identity", "create", "--name", "Jane", "--out", p12.toString(),
                "--password-file", shortPassword.toString());
        assertThat(tooShort.err()).contains("needs at least 12");
        Cli.Result noTerminal = Cli.run("identity", "create", "--name", "Jane", "--out", p12.toString());
        assertThat(noTerminal.err()).contains("no terminal", "--password-file");
        assertThat(FolderState.names(dir)).containsExactly("short.txt");

        officer();
        byte[] before = Files.readAllBytes(p12);
        Cli.Result again = Cli.run("identity", "create", "--name", "Jane", "--out", p12.toString(),
                "--password-file", dir.resolve("pw.txt").toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(Files.readAllBytes(p12)).isEqualTo(before);
        OpenSsl.runOk(dir, "pkcs12", "-in", p12.toString(), "-nokeys", "-passin", "file:" + dir.resolve("pw.txt"));
    }
}
