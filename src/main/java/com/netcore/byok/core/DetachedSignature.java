package com.netcore.byok.core;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Collection;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSASSAPSSparams;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * A detached CMS SignedData (RFC 5652, DER, a {@code .p7s} file) checked against one pinned X.509 certificate:
 * the only signer is that certificate, the content's digest matches, and the algorithms are strong enough
 * (ECDSA with SHA-384 on P-384, or RSASSA-PSS with SHA-256, MGF1-SHA-256 and a 32-byte salt on RSA of 3072 bits
 * or more). Certificates inside the signature are never trusted. Every failure is one sentence.
 */
public final class DetachedSignature {
    public static final String SUFFIX = ".p7s";
    static final int MAX_SIGNATURE_BYTES = 64 * 1024;
    static final int MIN_RSA_BITS = 3072;
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private DetachedSignature() {
    }

    /** Who signed: the pinned certificate's subject and the SHA-256 fingerprint of its DER (lower-case hex). */
    public record Signer(String subject, String sha256) {
        public String describe() {
            return subject + " (certificate SHA-256 " + Hex.grouped(sha256) + ")";
        }
    }

    /** Reads an X.509 certificate, PEM or DER. */
    public static X509Certificate loadCertificate(Path file) {
        byte[] bytes = SafeFiles.readSmall(file, "Certificate file " + file, MAX_SIGNATURE_BYTES);
        try {
            Collection<? extends java.security.cert.Certificate> all = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(bytes));
            if (all.size() != 1) {
                throw new ByokException("Certificate file " + file + " holds " + all.size() + " certificates; give a "
                        + "file with exactly one (the PEM file the other side sent at onboarding).");
            }
            return (X509Certificate) all.iterator().next();
        } catch (CertificateException | ClassCastException e) {
            throw new ByokException("Certificate file " + file + " is not an X.509 certificate (PEM or DER). Give the "
                    + "certificate file the other side sent at onboarding.");
        }
    }

    /** SHA-256 of the certificate's DER, lower-case hex: the fingerprint both sides compare once. */
    public static String fingerprint(X509Certificate certificate) {
        try {
            return Hex.lower(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Signer signer(X509Certificate certificate) {
        return new Signer(certificate.getSubjectX500Principal().getName(), fingerprint(certificate));
    }

    /** Checks {@code signedFile + ".p7s"} over the exact bytes of {@code signedFile}. */
    public static Signer verify(Path signedFile, X509Certificate pinned) {
        Path signatureFile = signedFile.resolveSibling(signedFile.getFileName() + SUFFIX);
        if (!Files.isRegularFile(signatureFile)) {
            throw new ByokException(signedFile.getFileName() + " is not signed: " + signatureFile + " is missing. Ask "
                    + "the sender for the signed files; do not use these.");
        }
        byte[] content = SafeFiles.readSmall(signedFile, "File " + signedFile, MAX_SIGNATURE_BYTES);
        byte[] signature = SafeFiles.readSmall(signatureFile, "Signature file " + signatureFile, MAX_SIGNATURE_BYTES);
        return verify(content, signature, signatureFile.toString(), pinned);
    }

    /** Checks a detached signature over {@code content}; {@code name} names the signature file in messages. */
    public static Signer verify(byte[] content, byte[] signature, String name, X509Certificate pinned) {
        SignerInformation signerInfo = onlySigner(content, signature, name);
        X509CertificateHolder holder = holder(pinned);
        if (!signerInfo.getSID().match(holder)) {
            throw new ByokException(name + " was signed by another identity, not by the pinned certificate "
                    + signer(pinned).describe() + "; do not use these files.");
        }
        requireStrongAlgorithms(signerInfo, pinned, name);
        try {
            if (!signerInfo.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(pinned))) {
                throw new ByokException(name + " is not a valid signature of the pinned certificate: the signed file "
                        + "or the signature was changed; do not use these files.");
            }
        } catch (CMSSignerDigestMismatchException e) {
            throw new ByokException(name + " does not match the file it signs: the file was changed after it was "
                    + "signed; do not use these files.");
        } catch (CMSException | OperatorCreationException | RuntimeException e) {
            throw new ByokException(name + " is not a valid signature of the pinned certificate: the signed file or "
                    + "the signature was changed; do not use these files.");
        }
        return signer(pinned);
    }

    private static SignerInformation onlySigner(byte[] content, byte[] signature, String name) {
        CMSSignedData signed;
        try {
            signed = new CMSSignedData(new CMSProcessableByteArray(content), signature);
        } catch (CMSException | RuntimeException e) {
            throw new ByokException(name + " is not a CMS signature (DER .p7s); do not use these files until the "
                    + "sender signs them again.");
        }
        if (!PKCSObjectIdentifiers.data.getId().equals(signed.getSignedContentTypeOID())) {
            throw new ByokException(name + " signs content of type " + signed.getSignedContentTypeOID()
                    + ", not plain data; do not use these files.");
        }
        Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            throw new ByokException(name + " holds " + signers.size() + " signatures; exactly one is expected. Do not "
                    + "use these files until the sender signs them again.");
        }
        return signers.iterator().next();
    }

    private static void requireStrongAlgorithms(SignerInformation signerInfo, X509Certificate pinned, String name) {
        String digest = signerInfo.getDigestAlgOID();
        String algorithm = signerInfo.getEncryptionAlgOID();
        if (pinned.getPublicKey() instanceof ECPublicKey ec) {
            boolean p384 = ec.getParams().getCurve().getField().getFieldSize() == 384;
            boolean ecdsa384 = algorithm.equals(X9ObjectIdentifiers.ecdsa_with_SHA384.getId())
                    || algorithm.equals(X9ObjectIdentifiers.id_ecPublicKey.getId());
            if (p384 && ecdsa384 && digest.equals(NISTObjectIdentifiers.id_sha384.getId())) {
                return;
            }
        } else if (pinned.getPublicKey() instanceof RSAPublicKey rsa) {
            if (rsa.getModulus().bitLength() >= MIN_RSA_BITS && digest.equals(NISTObjectIdentifiers.id_sha256.getId())
                    && isPssSha256(signerInfo.toASN1Structure().getDigestEncryptionAlgorithm())) {
                return;
            }
        }
        throw new ByokException(name + " uses a signature algorithm below this tool's policy (required: ECDSA with "
                + "SHA-384 on a P-384 key, or RSASSA-PSS with SHA-256 on RSA of at least " + MIN_RSA_BITS
                + " bits); do not use these files.");
    }

    private static boolean isPssSha256(AlgorithmIdentifier algorithm) {
        if (!algorithm.getAlgorithm().equals(PKCSObjectIdentifiers.id_RSASSA_PSS) || algorithm.getParameters() == null) {
            return false;
        }
        RSASSAPSSparams params = RSASSAPSSparams.getInstance(algorithm.getParameters());
        AlgorithmIdentifier mgf = params.getMaskGenAlgorithm();
        return params.getHashAlgorithm().getAlgorithm().equals(NISTObjectIdentifiers.id_sha256)
                && mgf.getAlgorithm().equals(PKCSObjectIdentifiers.id_mgf1)
                && AlgorithmIdentifier.getInstance(mgf.getParameters()).getAlgorithm().equals(NISTObjectIdentifiers.id_sha256)
                && params.getSaltLength().intValue() == 32 && params.getTrailerField().intValue() == 1;
    }

    private static X509CertificateHolder holder(X509Certificate certificate) {
        try {
            return new X509CertificateHolder(certificate.getEncoded());
        } catch (java.io.IOException | CertificateException e) {
            throw new IllegalStateException(e);
        }
    }
}
