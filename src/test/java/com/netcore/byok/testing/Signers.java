package com.netcore.byok.testing;

import com.netcore.byok.core.DetachedSignature;
import com.netcore.byok.core.SignerCertificate;
import com.netcore.byok.core.SigningIdentity;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signers for tests, made locally with Bouncy Castle (the vendor's real key lives in KMS): key pairs with
 * self-signed certificates, detached CMS signatures with any algorithm, strong or weak.
 */
public final class Signers {
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private Signers() {
    }

    /** {@code kind}: "P-384", "P-256", "RSA-3072", "RSA-2048", "RSA-4096". */
    public static SigningIdentity identity(String subject, String kind) {
        try {
            KeyPairGenerator generator;
            if (kind.startsWith("P-")) {
                generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(new ECGenParameterSpec("secp" + kind.substring(2) + "r1"));
            } else {
                generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(Integer.parseInt(kind.substring(4)));
            }
            KeyPair pair = generator.generateKeyPair();
            X500Name name = new X500Name(subject);
            Instant now = Instant.now();
            String certAlgorithm = kind.startsWith("P-") ? "SHA384withECDSA" : "SHA256withRSA";
            var holder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                    Date.from(now.minusSeconds(60)), Date.from(now.plusSeconds(86_400 * 365)), name, pair.getPublic())
                    .build(new JcaContentSignerBuilder(certAlgorithm).setProvider(BC).build(pair.getPrivate()));
            return new SigningIdentity(pair.getPrivate(),
                    new SignerCertificate(new JcaX509CertificateConverter().setProvider(BC).getCertificate(holder)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A detached DER SignedData over {@code content} with {@code algorithm} (e.g. "SHA1withRSA"), certificate included. */
    public static byte[] sign(byte[] content, SigningIdentity signer, String algorithm) {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().setProvider(BC).build())
                    .build(new JcaContentSignerBuilder(algorithm).setProvider(BC).build(signer.privateKey()),
                            signer.certificate().certificate()));
            generator.addCertificates(new JcaCertStore(List.of(signer.certificate().certificate())));
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded(ASN1Encoding.DER);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes README.txt.p7s beside the README of {@code params}, as the vendor's get-parameters --sign-with does. */
    public static Path signReadme(Path params, SigningIdentity vendor) throws java.io.IOException {
        Path readme = params.resolve("README.txt");
        Path signature = params.resolve("README.txt.p7s");
        Files.write(signature, DetachedSignature.sign(Files.readAllBytes(readme), vendor));
        return signature;
    }

    /** Writes the certificate as PEM. */
    public static Path pem(SigningIdentity signer, Path file) throws java.io.IOException {
        Files.writeString(file, signer.certificate().pem(), StandardCharsets.US_ASCII);
        return file;
    }

    /** Writes a password file (first line, with a line end as editors leave it). */
    public static Path passwordFile(Path file, String password) throws java.io.IOException {
        Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
        return file;
    }

    /** {@code openssl cms -verify} of a detached DER signature against {@code certificate}; its stderr. */
    public static OpenSsl.Result opensslVerify(Path signature, Path content, Path certificate) {
        return OpenSsl.run(signature.getParent(), "cms", "-verify", "-binary", "-inform", "DER", "-in",
                signature.toString(), "-content", content.toString(), "-CAfile", certificate.toString(),
                "-purpose", "any", "-out", "/dev/null");
    }
}
