package com.netcore.byok.core;

import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSASSAPSSparams;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;

/**
 * The signatures this tool accepts on a hand-off: ECDSA with SHA-384 on a P-384 key, or RSASSA-PSS with SHA-256
 * (MGF1 with SHA-256) on an RSA key of 3072 bits or more. Anything else (SHA-1, PKCS#1 v1.5, short RSA keys,
 * other curves) is refused, with its name.
 */
final class SignaturePolicy {
    static final String ACCEPTED = "ECDSA with SHA-384 on a P-384 key, or RSASSA-PSS with SHA-256 on an RSA key "
            + "of 3072 bits or more";
    private static final int MIN_RSA_BITS = 3072;

    private SignaturePolicy() {
    }

    /** Null when the signer's key and algorithm are acceptable, otherwise what is weak about them. */
    static String weakness(PublicKey key, SignerInformation signer) {
        String keyProblem = keyWeakness(key);
        if (keyProblem != null) {
            return keyProblem;
        }
        ASN1ObjectIdentifier digest = signer.getDigestAlgorithmID().getAlgorithm();
        ASN1ObjectIdentifier scheme = new ASN1ObjectIdentifier(signer.getEncryptionAlgOID());
        String used = name(scheme) + " with digest " + name(digest);
        if (key instanceof RSAPublicKey) {
            if (!scheme.equals(PKCSObjectIdentifiers.id_RSASSA_PSS) || !digest.equals(NISTObjectIdentifiers.id_sha256)
                    || !pssUsesSha256(signer.getEncryptionAlgParams())) {
                return "it was made with " + used;
            }
            return null;
        }
        boolean ecdsaScheme = scheme.equals(X9ObjectIdentifiers.ecdsa_with_SHA384)
                || scheme.equals(X9ObjectIdentifiers.id_ecPublicKey);
        return ecdsaScheme && digest.equals(NISTObjectIdentifiers.id_sha384) ? null : "it was made with " + used;
    }

    /** Null when {@code key} is a P-384 key or an RSA key of 3072 bits or more, otherwise what it is. */
    static String keyWeakness(PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            int bits = rsa.getModulus().bitLength();
            return bits >= MIN_RSA_BITS ? null : "its key is RSA with " + bits + " bits";
        }
        AlgorithmIdentifier algorithm = SubjectPublicKeyInfo.getInstance(key.getEncoded()).getAlgorithm();
        if (algorithm.getAlgorithm().equals(X9ObjectIdentifiers.id_ecPublicKey)
                && SECObjectIdentifiers.secp384r1.equals(algorithm.getParameters())) {
            return null;
        }
        String curve = algorithm.getParameters() instanceof ASN1ObjectIdentifier oid ? " on curve " + name(oid) : "";
        return "its key is " + key.getAlgorithm() + curve;
    }

    private static boolean pssUsesSha256(byte[] encodedParams) {
        if (encodedParams == null) {
            return false;
        }
        RSASSAPSSparams params = RSASSAPSSparams.getInstance(encodedParams);
        AlgorithmIdentifier mgf = params.getMaskGenAlgorithm();
        return params.getHashAlgorithm().getAlgorithm().equals(NISTObjectIdentifiers.id_sha256)
                && mgf.getAlgorithm().equals(PKCSObjectIdentifiers.id_mgf1)
                && AlgorithmIdentifier.getInstance(mgf.getParameters()).getAlgorithm().equals(NISTObjectIdentifiers.id_sha256);
    }

    private static String name(ASN1ObjectIdentifier oid) {
        return new DefaultAlgorithmNameFinder().getAlgorithmName(oid);
    }
}
