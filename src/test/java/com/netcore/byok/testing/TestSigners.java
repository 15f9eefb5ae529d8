package com.netcore.byok.testing;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/** Signing identities made with Bouncy Castle directly (an officer's P-384 key, weaker ones for refusals). */
public final class TestSigners {
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private TestSigners() {
    }

    /** A key pair, its self-signed certificate, and the signature algorithm it signs with. */
    public record Identity(KeyPair pair, X509Certificate certificate, String algorithm) {
        /** A detached CMS SignedData (DER) over {@code content}, the certificate included. */
        public byte[] signDetached(byte[] content) {
            return signDetached(content, algorithm);
        }

        public byte[] signDetached(byte[] content, String jcaAlgorithm) {
            try {
                CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
                generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder()
                        .setProvider(BC).build()).build(new JcaContentSignerBuilder(jcaAlgorithm).setProvider(BC)
                        .build(pair.getPrivate()), certificate));
                generator.addCertificate(new X509CertificateHolder(certificate.getEncoded()));
                return generator.generate(new CMSProcessableByteArray(content), false).getEncoded("DER");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** Signs {@code file} into {@code file.p7s}. */
        public Path signFile(Path file) throws IOException {
            Path signature = file.resolveSibling(file.getFileName() + ".p7s");
            Files.write(signature, signDetached(Files.readAllBytes(file)));
            return signature;
        }

        public Path writePem(Path file) throws IOException {
            try {
                Files.writeString(file, "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'})
                        .encodeToString(certificate.getEncoded()) + "\n-----END CERTIFICATE-----\n", StandardCharsets.US_ASCII);
                return file;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A P-384 identity signing with ECDSA-SHA384, as the customer's officer has. */
    public static Identity p384(String commonName) {
        return ec("secp384r1", commonName, "SHA384withECDSA");
    }

    public static Identity ec(String curve, String commonName, String algorithm) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(curve));
            return identity(generator.generateKeyPair(), commonName, algorithm);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An RSA identity signing with {@code algorithm}, e.g. SHA256withRSAandMGF1 (PSS, salt 32). */
    public static Identity rsa(int bits, String commonName, String algorithm) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            return identity(generator.generateKeyPair(), commonName, algorithm);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Identity identity(KeyPair pair, String commonName, String algorithm) {
        try {
            X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName)
                    .addRDN(BCStyle.O, "Bank A").build();
            Instant now = Instant.now();
            X509CertificateHolder holder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                    Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(365))), name,
                    pair.getPublic()).build(new JcaContentSignerBuilder(algorithm).setProvider(BC).build(pair.getPrivate()));
            return new Identity(pair, new JcaX509CertificateConverter().getCertificate(holder), algorithm);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
