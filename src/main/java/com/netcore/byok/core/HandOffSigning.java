package com.netcore.byok.core;

import java.util.Optional;

/**
 * What the signed hand-off adds to a wrap: the vendor certificate that verifiably signed the parameters (named in
 * the receipt), and the officer's identity that signs the receipt ({@link ReceiptSignature}). The identity stays
 * owned by the caller, who closes it after the wrap.
 */
public record HandOffSigning(Optional<SignerCertificate> parametersSigner, Optional<SigningIdentity> receiptSigner) {
    public static final HandOffSigning NONE = new HandOffSigning(Optional.empty(), Optional.empty());

    /** The receipt line's value, e.g. "CN=Netcore, SHA-256 fingerprint ab12...". */
    Optional<String> parametersSignedBy() {
        return parametersSigner.map(SignerCertificate::describe);
    }
}
