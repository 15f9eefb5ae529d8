package com.netcore.byok.cli;

import com.netcore.byok.core.ByokException;
import com.netcore.byok.kms.Kms;
import com.netcore.byok.kms.ParameterSigner;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --sign-with KEY --certificate PEM}: sign README.txt through KMS (README.txt.p7s). */
final class ParameterSigningOptions {
    @Option(names = "--sign-with", paramLabel = "SIGNING_KEY", description = "Also write README.txt.p7s, a detached "
            + "CMS signature over README.txt made with this KMS signing key (needs --certificate).")
    String signWith;

    @Option(names = "--certificate", paramLabel = "PEM", description = "The signing key's certificate from 'kms "
            + "signing-certificate' (included in the signature).")
    Path certificate;

    void check() {
        if ((signWith == null) != (certificate == null)) {
            throw new ByokException(signWith == null ? "--certificate needs --sign-with SIGNING_KEY: give the key that "
                    + "the certificate belongs to." : "--sign-with needs --certificate PEM: give the certificate that "
                    + "'kms signing-certificate' made for " + signWith + ".");
        }
    }

    /** Checks the certificate against the key before anything is downloaded or written. */
    Optional<ParameterSigner> prepare(Kms kms) {
        return signWith == null ? Optional.empty()
                : Optional.of(kms.signing().parameterSigner(signWith, certificate));
    }
}
