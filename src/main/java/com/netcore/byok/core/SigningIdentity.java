package com.netcore.byok.core;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.security.auth.DestroyFailedException;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A signing identity: a private key with its self-signed certificate, as the officer keeps it in a
 * password-protected PKCS#12 file ({@link IdentityFile}). Close it as soon as the signature is made: the key
 * reference is dropped (and destroyed where the provider allows it).
 */
public final class SigningIdentity implements AutoCloseable {
    static final Duration VALIDITY = Duration.ofDays(5 * 365 + 1);
    private PrivateKey privateKey;
    private final SignerCertificate certificate;

    public SigningIdentity(PrivateKey privateKey, SignerCertificate certificate) {
        this.privateKey = privateKey;
        this.certificate = certificate;
    }

    /** A new P-384 key pair with a self-signed certificate (CN = {@code name}, 5 years, digitalSignature). */
    public static SigningIdentity create(String name, SecureRandom random, Clock clock) {
        String cn = checkName(name);
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp384r1"), random);
            KeyPair pair = generator.generateKeyPair();
            Instant now = clock.instant();
            X500Principal subject = new X500Principal("CN=" + escape(cn));
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                    new BigInteger(127, random).add(BigInteger.ONE), Date.from(now.minus(Duration.ofMinutes(5))),
                    Date.from(now.plus(VALIDITY)), subject, pair.getPublic());
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    extensions.createSubjectKeyIdentifier(pair.getPublic()));
            X509Certificate certificate = new JcaX509CertificateConverter().setProvider(DetachedSignature.BC)
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA384withECDSA")
                            .setProvider(DetachedSignature.BC).build(pair.getPrivate())));
            return new SigningIdentity(pair.getPrivate(), new SignerCertificate(certificate));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot make a P-384 identity: " + e.getMessage(), e);
        }
    }

    /** Refuses an empty name, or one too long or with control characters for a certificate's CN. */
    public static String checkName(String name) {
        String cn = name == null ? "" : name.strip();
        if (cn.isEmpty() || cn.length() > 64 || cn.chars().anyMatch(Character::isISOControl)) {
            throw new ByokException("The identity's name must be 1 to 64 printable characters (e.g. \"Jane Doe, "
                    + "Bank A key ceremony\"); it becomes the certificate's CN.");
        }
        return cn;
    }

    private static String escape(String value) {
        return value.replaceAll("([,+\"\\\\<>;=#])", "\\\\$1");
    }

    /** The private key; valid until {@link #close()}. */
    public PrivateKey privateKey() {
        if (privateKey == null) {
            throw new IllegalStateException("the identity was closed");
        }
        return privateKey;
    }

    public SignerCertificate certificate() {
        return certificate;
    }

    @Override
    public void close() {
        PrivateKey key = privateKey;
        privateKey = null;
        if (key != null && !key.isDestroyed()) {
            try {
                key.destroy();
            } catch (DestroyFailedException notSupported) {
                // JDK keys do not support destroy(); dropping the reference is all that can be done
            }
        }
    }
}
