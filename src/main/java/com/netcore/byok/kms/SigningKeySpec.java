package com.netcore.byok.kms;

import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;

/**
 * The KMS signing keys this tool makes and the one algorithm it signs with for each: ECDSA with SHA-384 for
 * ECC_NIST_P384, RSASSA-PSS with SHA-256 (MGF1-SHA-256, 32-byte salt) for RSA_3072 and RSA_4096.
 */
public enum SigningKeySpec {
    ECC_NIST_P384("ECDSA_SHA_384", "SHA-384", "SHA384withECDSA"),
    RSA_3072("RSASSA_PSS_SHA_256", "SHA-256", "SHA256withRSAandMGF1"),
    RSA_4096("RSASSA_PSS_SHA_256", "SHA-256", "SHA256withRSAandMGF1");

    public static final SigningKeySpec RECOMMENDED = ECC_NIST_P384;

    private final String kmsAlgorithm;
    private final String digest;
    private final String jcaName;

    SigningKeySpec(String kmsAlgorithm, String digest, String jcaName) {
        this.kmsAlgorithm = kmsAlgorithm;
        this.digest = digest;
        this.jcaName = jcaName;
    }

    /** The SigningAlgorithm KMS's Sign takes. */
    public String kmsAlgorithm() {
        return kmsAlgorithm;
    }

    /** The JCA digest computed here before KMS signs it (MessageType DIGEST). */
    public String digest() {
        return digest;
    }

    /** The X.509/CMS signature algorithm identifier (for PSS with its parameters: SHA-256, MGF1-SHA-256, salt 32). */
    public AlgorithmIdentifier algorithmIdentifier() {
        return new DefaultSignatureAlgorithmIdentifierFinder().find(jcaName);
    }

    public static SigningKeySpec fromKms(String keySpec, String keyArn) {
        for (SigningKeySpec spec : values()) {
            if (spec.name().equals(keySpec)) {
                return spec;
            }
        }
        throw new com.netcore.byok.core.ByokException("Key " + keyArn + " is a " + keySpec + " key; this tool signs "
                + "with ECC_NIST_P384, RSA_3072 or RSA_4096 SIGN_VERIFY keys. Make one with 'kms create-signing-key'.");
    }
}
