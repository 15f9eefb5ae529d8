package com.netcore.byok.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateKey;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Detached CMS SignedData (RFC 5652, DER) over a file's exact bytes, as {@code openssl cms -verify -binary} checks
 * it: {@code README.txt.p7s} from the vendor, {@code CustomerEncryptionKey-receipt.txt.p7s} from the officer.
 * Verification accepts only a signature by the pinned certificate itself, over unchanged content, with an
 * algorithm that {@link SignaturePolicy} accepts.
 */
public final class DetachedSignature {
    /** The suffix of a detached signature file, after the signed file's name. */
    public static final String SUFFIX = ".p7s";
    static final Provider BC = new BouncyCastleProvider();
    private static final int MAX_SIGNATURE_BYTES = 256 * 1024;

    private DetachedSignature() {
    }

    /** The signature file that belongs beside {@code signedFile}. */
    public static Path fileFor(Path signedFile) {
        return signedFile.resolveSibling(signedFile.getFileName() + SUFFIX);
    }

    /**
     * Checks that {@code signatureFile} signs exactly {@code content} with {@code pinned}; returns the verified
     * signer. {@code contentWhat} names the signed file in messages; {@code doNotUse} ends each refusal with what
     * the person must not do and what to do instead.
     */
    public static SignerCertificate verify(byte[] content, Path signatureFile, SignerCertificate pinned,
                                           String contentWhat, String doNotUse) {
        if (!Files.isRegularFile(signatureFile)) {
            throw new ByokException("Signature file " + signatureFile + " is missing: " + contentWhat + " is not "
                    + "signed, but the certificate of " + pinned.subject() + " expects a signature. " + doNotUse);
        }
        byte[] encoded = SafeFiles.readSmall(signatureFile, "Signature file " + signatureFile, MAX_SIGNATURE_BYTES);
        CMSSignedData signed;
        Collection<SignerInformation> signers;
        try {
            signed = new CMSSignedData(new CMSProcessableByteArray(content), encoded);
            signers = signed.getSignerInfos().getSigners();
        } catch (CMSException | RuntimeException e) {
            throw new ByokException("Signature file " + signatureFile + " is not a CMS signature (damaged, or "
                    + "another format). " + doNotUse);
        }
        if (signers.size() != 1) {
            throw new ByokException("Signature file " + signatureFile + " holds " + signers.size() + " signatures, "
                    + "not exactly one. " + doNotUse);
        }
        SignerInformation signer = signers.iterator().next();
        requirePinnedSigner(signed, signer, signatureFile, pinned, doNotUse);
        String weakness = SignaturePolicy.weakness(pinned.certificate().getPublicKey(), signer);
        if (weakness != null) {
            throw new ByokException("Signature file " + signatureFile + " uses a weak algorithm: " + weakness
                    + ", but only " + SignaturePolicy.ACCEPTED + " are accepted. " + doNotUse);
        }
        boolean valid;
        try {
            valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(pinned.certificate()));
        } catch (CMSSignerDigestMismatchException changed) {
            throw new ByokException(contentWhat + " was changed after it was signed: its digest does not match "
                    + "signature file " + signatureFile + ". " + doNotUse);
        } catch (CMSException | OperatorCreationException | RuntimeException e) {
            valid = false;
        }
        if (!valid) {
            throw new ByokException("Signature file " + signatureFile + " does not verify with the certificate of "
                    + pinned.subject() + ": the signature is damaged, forged, or " + contentWhat + " was changed. "
                    + doNotUse);
        }
        return pinned;
    }

    private static void requirePinnedSigner(CMSSignedData signed, SignerInformation signer, Path signatureFile,
                                            SignerCertificate pinned, String doNotUse) {
        X509CertificateHolder pinnedHolder;
        try {
            pinnedHolder = new JcaX509CertificateHolder(pinned.certificate());
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> included = signed.getCertificates().getMatches(signer.getSID());
        boolean includedOther = included.stream().anyMatch(c -> !c.getSubjectPublicKeyInfo()
                .equals(pinnedHolder.getSubjectPublicKeyInfo()));
        if (includedOther || !signer.getSID().match(pinnedHolder)) {
            String who = included.stream().findFirst().map(c -> " (" + c.getSubject() + ")").orElse("");
            throw new ByokException("Signature file " + signatureFile + " was signed by another key" + who
                    + ", not by the pinned certificate of " + pinned.subject() + " (SHA-256 fingerprint "
                    + pinned.fingerprint() + "). " + doNotUse);
        }
    }

    /**
     * The signer's certificate included in {@code signatureFile}, unverified: what the wizard shows to compare
     * before the person trusts it. Empty when the file is missing, damaged or holds no signer's certificate.
     */
    public static Optional<SignerCertificate> includedSigner(Path signatureFile) {
        try {
            CMSSignedData signed = new CMSSignedData(Files.readAllBytes(signatureFile));
            SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = signed.getCertificates().getMatches(signer.getSID());
            return matches.stream().findFirst().map(holder -> SignerCertificate.parse(
                    encoded(holder), "Certificate in " + signatureFile));
        } catch (IOException | CMSException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static byte[] encoded(X509CertificateHolder holder) {
        try {
            return holder.getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Signs {@code content} with {@code identity}: ECDSA with SHA-384 for a P-384 key, RSASSA-PSS with SHA-256
     * for an RSA key; the certificate is included. Returns the DER bytes of the detached SignedData.
     */
    public static byte[] sign(byte[] content, SigningIdentity identity) {
        PrivateKey key = identity.privateKey();
        X509Certificate certificate = identity.certificate().certificate();
        String algorithm = key instanceof RSAPrivateKey ? "SHA256withRSAandMGF1" : "SHA384withECDSA";
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().setProvider(BC).build())
                    .build(new JcaContentSignerBuilder(algorithm).setProvider(BC).build(key), certificate));
            generator.addCertificates(new org.bouncycastle.cert.jcajce.JcaCertStore(List.of(certificate)));
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded(ASN1Encoding.DER);
        } catch (OperatorCreationException | CMSException | IOException
                 | java.security.cert.CertificateEncodingException e) {
            throw new ByokException("The signature could not be made with the identity of "
                    + identity.certificate().subject() + " (" + e.getMessage() + "). Nothing was written.");
        }
    }
}
