package com.netcore.byok.kms;

import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.ContentSigner;

/**
 * A Bouncy Castle {@link ContentSigner} whose private key stays in KMS: the data is digested here and KMS signs
 * the digest (Sign with MessageType DIGEST). One signature per instance, as Bouncy Castle uses it.
 */
final class KmsContentSigner implements ContentSigner {
    private final SigningOperations signing;
    private final SigningPublicKey key;
    private final MessageDigest digest;
    private final OutputStream out;

    KmsContentSigner(SigningOperations signing, SigningPublicKey key) {
        this.signing = signing;
        this.key = key;
        try {
            this.digest = MessageDigest.getInstance(key.spec().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        this.out = new DigestOutputStream(OutputStream.nullOutputStream(), digest);
    }

    @Override
    public AlgorithmIdentifier getAlgorithmIdentifier() {
        return key.spec().algorithmIdentifier();
    }

    @Override
    public OutputStream getOutputStream() {
        return out;
    }

    @Override
    public byte[] getSignature() {
        return signing.signDigest(key, digest.digest());
    }
}
