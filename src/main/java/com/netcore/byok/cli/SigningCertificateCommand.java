package com.netcore.byok.cli;

import com.netcore.byok.core.SafeFiles;
import com.netcore.byok.kms.Kms;
import com.netcore.byok.kms.SigningCertificates;
import com.netcore.byok.kms.SigningOperations;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kms signing-certificate}: a self-signed certificate for the signing key, signed through KMS. */
@Command(name = "signing-certificate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Make a self-signed X.509 certificate (PEM) for a signing key; KMS signs it, the private key "
                + "stays in KMS. Give it to each customer once, at onboarding, and compare the printed SHA-256 "
                + "fingerprint with them over a second channel (phone, video call)."},
        footerHeading = "%nExample:%n",
        footer = {"  byok-wizard kms signing-certificate --key-id alias/byok-parameters-signing "
                + "--subject \"CN=Netcore BYOK parameters, O=Netcore\" --out vendor-signing.pem"})
final class SigningCertificateCommand extends KeyCommand {
    @Option(names = "--subject", paramLabel = "DN", required = true, description = "Subject and issuer, e.g. "
            + "\"CN=Netcore BYOK parameters, O=Netcore\".")
    String subject;

    @Option(names = "--days", paramLabel = "N", description = "Validity in days (default ${DEFAULT-VALUE}, at most "
            + SigningOperations.MAX_CERTIFICATE_DAYS + ").")
    int days = 1095;

    @Option(names = "--out", paramLabel = "PEM", required = true, description = "The certificate file to write.")
    Path out;

    @Option(names = "--force", description = "Replace the file if it exists.")
    boolean force;

    @Override
    void checkOptions() {
        if (out.getFileName() == null) {
            throw new com.netcore.byok.core.ByokException("--out " + out + " names no file. Give a file such as "
                    + SigningCertificates.DEFAULT_FILE + ".");
        }
        Path folder = out.toAbsolutePath().getParent();
        SafeFiles.requireRoomFor(folder, java.util.List.of(out.getFileName().toString()), force);
    }

    @Override
    void run(Kms kms, PrintWriter stdout) {
        X509Certificate certificate = kms.signing().certificate(keyId(), subject, days);
        Path folder = out.toAbsolutePath().getParent();
        SafeFiles.writeAll(folder, Map.of(out.getFileName().toString(), SigningCertificates.pem(certificate)), force);
        stdout.println("Wrote " + out + ": " + certificate.getSubjectX500Principal().getName() + ", valid to "
                + certificate.getNotAfter().toInstant() + ".");
        stdout.println("Certificate SHA-256: " + SigningOperations.fingerprint(certificate));
        stdout.println("Send " + out.getFileName() + " to each customer once and read them this fingerprint over a "
                + "second channel; they compare it before trusting the certificate.");
    }
}
