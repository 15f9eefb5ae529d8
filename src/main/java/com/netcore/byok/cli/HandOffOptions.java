package com.netcore.byok.cli;

import com.netcore.byok.ceremony.SignedHandOff;
import com.netcore.byok.core.Passwords;
import com.netcore.byok.core.SignerCertificate;
import com.netcore.byok.core.SigningIdentity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The signed hand-off options of {@code wrap}: the vendor's certificate to check, the identity to sign with. */
final class HandOffOptions {
    @Option(names = "--vendor-certificate", paramLabel = "PEM",
            description = "The vendor's signing certificate, compared by fingerprint once at onboarding: the "
                    + "parameters must carry README.txt.p7s signed by it, or nothing is written.")
    Path vendorCertificate;

    @Option(names = "--sign-receipt", paramLabel = "P12",
            description = "Sign the receipt with this identity (identity create): also writes "
                    + "CustomerEncryptionKey-receipt.txt.p7s.")
    Path identityFile;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "The identity's password on the first line of FILE (otherwise asked on the terminal).")
    Path passwordFile;

    Optional<SignerCertificate> vendor() {
        return Optional.ofNullable(vendorCertificate).map(SignedHandOff::vendorCertificate);
    }

    /**
     * Loads every set of parameters (each {@code --params} folder, the Regions of one key, or the public key file),
     * each checked against the vendor's signature when a certificate was given.
     */
    List<SignedHandOff.Loaded> load(ParameterOptions parameters) {
        Optional<SignerCertificate> vendor = vendor();
        if (parameters.source.folders != null) {
            return parameters.source.folders.stream().map(folder -> SignedHandOff.load(folder, vendor)).toList();
        }
        Path publicKey = parameters.source.files.publicKey;
        return List.of(SignedHandOff.load(publicKey, publicKey, Optional.ofNullable(parameters.source.files.readme),
                vendor));
    }

    /** Opens the identity when one was given (null otherwise); the password is wiped at once. */
    SigningIdentity openIdentity() {
        if (identityFile == null) {
            return null;
        }
        char[] password = PasswordInput.existing(passwordFile, "Password for " + identityFile + ": ");
        try {
            return SignedHandOff.openIdentity(identityFile, password);
        } finally {
            Passwords.wipe(password);
        }
    }

    static void printSigner(PrintWriter out, Optional<SignerCertificate> signer) {
        signer.ifPresent(s -> out.println("Parameters signed by " + s.subject() + ", verified (certificate SHA-256 "
                + s.fingerprintGrouped() + ")."));
    }
}
