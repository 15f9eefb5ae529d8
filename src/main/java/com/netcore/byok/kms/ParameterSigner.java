package com.netcore.byok.kms;

import com.netcore.byok.core.DetachedSignature;
import com.netcore.byok.core.ImportReadme;
import com.netcore.byok.core.SignerCertificate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Map;

/**
 * Signs import parameters for the customer: README.txt.p7s, a detached CMS signature over README.txt's exact
 * bytes, made through KMS with the certificate included. The README names the wrapping public key's SHA-256, the
 * key ARN, the algorithm and the expiry, so the signature binds all of them. Made only after the certificate was
 * found to belong to the signing key.
 */
public final class ParameterSigner {
    public static final String SIGNATURE_FILE = ImportReadme.FILE_NAME + DetachedSignature.SUFFIX;

    private final SigningOperations signing;
    private final SigningPublicKey key;
    private final X509Certificate certificate;

    private ParameterSigner(SigningOperations signing, SigningPublicKey key, X509Certificate certificate) {
        this.signing = signing;
        this.key = key;
        this.certificate = certificate;
    }

    /** Reads the certificate and checks it against the key (GetPublicKey); nothing is signed or written yet. */
    static ParameterSigner prepare(SigningOperations signing, String keyRef, Path certificateFile) {
        X509Certificate certificate = SignerCertificate.load(certificateFile, "Signing certificate").certificate();
        return new ParameterSigner(signing, signing.matchingKey(keyRef, certificate, certificateFile.toString()),
                certificate);
    }

    public SigningPublicKey key() {
        return key;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The signature file to write beside the parameters (one KMS Sign call). */
    public Map<String, byte[]> sign(DownloadedParameters parameters) {
        byte[] readme = parameters.readme().getBytes(StandardCharsets.UTF_8);
        return Map.of(SIGNATURE_FILE, signing.signDetached(key, certificate, readme));
    }

    /** What the operator reads: who signed and the fingerprint the customer compared at onboarding. */
    public String report() {
        return "Signed README.txt with " + key.keyArn() + " (" + key.spec().kmsAlgorithm() + ") into " + SIGNATURE_FILE
                + ".\nCertificate: " + new SignerCertificate(certificate).subject() + ", SHA-256 fingerprint "
                + new SignerCertificate(certificate).fingerprintGrouped() + "\n";
    }
}
