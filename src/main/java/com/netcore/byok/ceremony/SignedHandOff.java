package com.netcore.byok.ceremony;

import com.netcore.byok.core.IdentityFile;
import com.netcore.byok.core.ImportParameters;
import com.netcore.byok.core.LoadedParameters;
import com.netcore.byok.core.Passwords;
import com.netcore.byok.core.ReceiptSignature;
import com.netcore.byok.core.SignedParameters;
import com.netcore.byok.core.SignerCertificate;
import com.netcore.byok.core.SigningIdentity;
import com.netcore.byok.core.WrappedKeyFiles;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The customer's side of the signed hand-off, once for both front ends: parameters checked against the vendor's
 * pinned certificate before anything is written, the officer's identity made or opened, and a signed receipt
 * checked against the officer's certificate.
 */
public final class SignedHandOff {
    public static final String VENDOR_CERTIFICATE = "Vendor certificate";
    public static final String CUSTOMER_CERTIFICATE = "Customer certificate";

    private SignedHandOff() {
    }

    /**
     * Loads parameters (a folder, or a public key file with its README) and, when {@code vendor} is given,
     * refuses them unless the README's signature is the vendor's and covers the public key.
     */
    public static Loaded load(Path source, Path publicKeyFile, Optional<Path> readme, Optional<SignerCertificate> vendor) {
        if (vendor.isEmpty()) {
            return new Loaded(LoadedParameters.fromFiles(source, publicKeyFile, readme), Optional.empty());
        }
        SignedParameters signed = SignedParameters.fromFiles(source, publicKeyFile, readme, vendor.get());
        return new Loaded(signed.loaded(), Optional.of(signed.signer()));
    }

    /** As {@link #load(Path, Path, Optional, Optional)}, for a parameters folder or a public key file. */
    public static Loaded load(Path folderOrPublicKey, Optional<SignerCertificate> vendor) {
        if (vendor.isEmpty()) {
            return new Loaded(LoadedParameters.load(folderOrPublicKey), Optional.empty());
        }
        SignedParameters signed = SignedParameters.load(folderOrPublicKey, vendor.get());
        return new Loaded(signed.loaded(), Optional.of(signed.signer()));
    }

    /** Parameters as loaded, with the vendor certificate that verified them when one was asked for. */
    public record Loaded(LoadedParameters parameters, Optional<SignerCertificate> signer) {
        public ImportParameters settle(Optional<com.netcore.byok.core.WrappingAlgorithm> requested) {
            return parameters.settle(requested);
        }
    }

    public static SignerCertificate vendorCertificate(Path pem) {
        return SignerCertificate.load(pem, VENDOR_CERTIFICATE);
    }

    public static SignerCertificate customerCertificate(Path pem) {
        return SignerCertificate.load(pem, CUSTOMER_CERTIFICATE);
    }

    /**
     * Makes a new identity and saves it (the .p12, and the certificate's PEM when asked), never over existing
     * files; the private key is dropped once saved. Returns the certificate and the files written.
     */
    public static CreatedIdentity createIdentity(String name, Path p12, Optional<Path> certificatePem,
                                                 char[] password, SecureRandom random, Clock clock) {
        SigningIdentity.checkName(name);
        Passwords.checkNew(password, "The password");
        try (SigningIdentity identity = SigningIdentity.create(name, random, clock)) {
            List<Path> files = IdentityFile.save(identity, p12, certificatePem, password);
            return new CreatedIdentity(identity.certificate(), files);
        }
    }

    /** What {@link #createIdentity} made. */
    public record CreatedIdentity(SignerCertificate certificate, List<Path> files) {
    }

    /** Opens the officer's identity; the caller closes it right after the wrap. */
    public static SigningIdentity openIdentity(Path p12, char[] password) {
        return IdentityFile.load(p12, password);
    }

    /** Checks the receipt's signature against the officer's certificate, then the files against the receipt. */
    public static Verified verify(Path folderOrReceipt, Optional<SignerCertificate> officer) {
        Optional<SignerCertificate> signer = officer.map(o -> ReceiptSignature.verify(folderOrReceipt, o));
        return new Verified(WrappedKeyFiles.verify(folderOrReceipt), signer);
    }

    /** The outcome of {@link #verify}: the file check, and the verified signer of the receipt when one was asked for. */
    public record Verified(WrappedKeyFiles.Verification files, Optional<SignerCertificate> signer) {
    }
}
