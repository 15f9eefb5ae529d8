package com.netcore.byok.kms;

import com.netcore.byok.core.ByokException;
import com.netcore.byok.core.DetachedSignature;
import com.netcore.byok.core.SignerCertificate;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.model.KeyUsageType;
import software.amazon.awssdk.services.kms.model.MessageType;
import software.amazon.awssdk.services.kms.model.OriginType;

/**
 * The vendor's signing key in KMS (Origin AWS_KMS, KeyUsage SIGN_VERIFY: the private key never leaves KMS), its
 * self-signed certificate, and detached CMS signatures made with it. Every signature is KMS Sign over a digest
 * computed here.
 */
public final class SigningOperations {
    public static final int MAX_CERTIFICATE_DAYS = 3650;
    private final KmsConnection connection;
    private final KeyOperations keys;

    SigningOperations(KmsConnection connection, KeyOperations keys) {
        this.connection = connection;
        this.keys = keys;
    }

    /** CreateKey (SIGN_VERIFY, the default key policy), then its alias. */
    public KeyInfo createSigningKey(Optional<String> alias, SigningKeySpec spec) {
        Optional<String> name = alias.map(Aliases::normalize);
        name.ifPresent(a -> keys.describeIfExists(a).ifPresent(existing -> {
            throw new ByokException("Alias " + a + " already points to key " + existing.arn() + ". Choose another "
                    + "alias. No key was created.");
        }));
        KeyInfo key = KeyInfo.of(connection.call("CreateKey", "", () -> connection.client().createKey(b -> b
                .origin(OriginType.AWS_KMS).keySpec(spec.name()).keyUsage(KeyUsageType.SIGN_VERIFY)
                .description("BYOK import parameters signing key"))).keyMetadata());
        name.ifPresent(a -> {
            try {
                connection.call("CreateAlias", a, () -> connection.client().createAlias(b -> b.aliasName(a)
                        .targetKeyId(key.keyId())));
            } catch (ByokException e) {
                throw new ByokException("Signing key " + key.arn() + " was created, but alias " + a + " was not: "
                        + e.getMessage() + " Add it with 'kms move-alias --alias " + a + " --key-id " + key.arn() + "'.", e);
            }
        });
        return key;
    }

    /** GetPublicKey: the key must be a SIGN_VERIFY key of a spec this tool signs with. */
    public SigningPublicKey publicKey(String keyRef) {
        var response = connection.call("GetPublicKey", keyRef, () -> connection.client().getPublicKey(b -> b.keyId(keyRef)));
        if (!"SIGN_VERIFY".equals(response.keyUsageAsString())) {
            throw new ByokException("Key " + response.keyId() + " has key usage " + response.keyUsageAsString()
                    + ", so it cannot sign. Give a signing key made with 'kms create-signing-key'.");
        }
        SigningKeySpec spec = SigningKeySpec.fromKms(response.keySpecAsString(), response.keyId());
        try {
            PublicKey publicKey = KeyFactory.getInstance(spec == SigningKeySpec.ECC_NIST_P384 ? "EC" : "RSA")
                    .generatePublic(new X509EncodedKeySpec(response.publicKey().asByteArray()));
            return new SigningPublicKey(response.keyId(), spec, publicKey);
        } catch (GeneralSecurityException e) {
            throw new ByokException("KMS returned a public key for " + response.keyId() + " that cannot be read as "
                    + spec.name() + ". Check the key with 'kms status'.");
        }
    }

    /** KMS Sign with MessageType DIGEST. */
    byte[] signDigest(SigningPublicKey key, byte[] digest) {
        return connection.call("Sign", key.keyArn(), () -> connection.client().sign(b -> b.keyId(key.keyArn())
                .message(SdkBytes.fromByteArray(digest)).messageType(MessageType.DIGEST)
                .signingAlgorithm(key.spec().kmsAlgorithm()))).signature().asByteArray();
    }

    /** A self-signed certificate for the signing key, signed through KMS, valid from now for {@code days}. */
    public X509Certificate certificate(String keyRef, String subject, int days) {
        if (days < 1 || days > MAX_CERTIFICATE_DAYS) {
            throw new ByokException("--days " + days + " is out of range; give 1 to " + MAX_CERTIFICATE_DAYS + ".");
        }
        X500Name name = SigningCertificates.subject(subject);
        SigningPublicKey key = publicKey(keyRef);
        Instant now = connection.clock().instant();
        byte[] serial = new byte[16];
        new SecureRandom().nextBytes(serial);
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, new BigInteger(1, serial),
                    Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(Duration.ofDays(days))), name,
                    key.publicKey());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    extensions.createSubjectKeyIdentifier(key.publicKey()));
            X509CertificateHolder holder = builder.build(new KmsContentSigner(this, key));
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The signing key, after checking that {@code certificate} is its certificate (same public key as GetPublicKey
     * returns) and is valid now. Nothing is signed.
     */
    public SigningPublicKey matchingKey(String keyRef, X509Certificate certificate, String certificateName) {
        SigningPublicKey key = publicKey(keyRef);
        if (!Arrays.equals(key.publicKey().getEncoded(), certificate.getPublicKey().getEncoded())) {
            throw new ByokException("Certificate " + certificateName + " is not the certificate of signing key "
                    + key.keyArn() + " (its public key differs). Give the certificate 'kms signing-certificate' made "
                    + "for this key. Nothing was written.");
        }
        try {
            certificate.checkValidity(Date.from(connection.clock().instant()));
        } catch (CertificateException e) {
            throw new ByokException("Certificate " + certificateName + " is valid only from " + certificate.getNotBefore()
                    .toInstant() + " to " + certificate.getNotAfter().toInstant() + ". Make a new one with 'kms "
                    + "signing-certificate' and send it to each customer. Nothing was written.");
        }
        return key;
    }

    /** Checks that the certificate file belongs to the signing key, for signing import parameters. */
    public ParameterSigner parameterSigner(String keyRef, java.nio.file.Path certificateFile) {
        return ParameterSigner.prepare(this, keyRef, certificateFile);
    }

    /** A detached CMS SignedData (DER) over {@code content}, signed through KMS, the certificate included. */
    public byte[] signDetached(SigningPublicKey key, X509Certificate certificate, byte[] content) {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder()
                    .build()).build(new KmsContentSigner(this, key), certificate));
            generator.addCertificate(new X509CertificateHolder(certificate.getEncoded()));
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded("DER");
        } catch (OperatorCreationException | CMSException | CertificateException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The certificate's SHA-256 fingerprint, grouped for reading aloud. */
    public static String fingerprint(X509Certificate certificate) {
        return new SignerCertificate(certificate).fingerprintGrouped();
    }
}
