package com.netcore.byok.core;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Collection;
import org.bouncycastle.asn1.x500.X500Name;

/**
 * A signer's X.509 certificate (the vendor's or the officer's), as pinned by the other side: read from PEM or DER,
 * named by its subject and compared by the SHA-256 of its DER bytes (what {@code openssl x509 -fingerprint -sha256}
 * prints).
 */
public record SignerCertificate(X509Certificate certificate) {
    static final int MAX_FILE_BYTES = 64 * 1024;

    /** Reads one certificate from a PEM or DER file; {@code role} names it in messages ("Vendor certificate"). */
    public static SignerCertificate load(Path file, String role) {
        String what = role + " " + file;
        return parse(SafeFiles.readSmall(file, what, MAX_FILE_BYTES), what);
    }

    /** Parses PEM or DER bytes; {@code what} names them in messages. */
    public static SignerCertificate parse(byte[] bytes, String what) {
        try {
            Collection<? extends java.security.cert.Certificate> found = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(bytes));
            if (found.size() != 1 || !(found.iterator().next() instanceof X509Certificate certificate)) {
                throw new ByokException(what + " holds " + found.size() + " certificates, not exactly one. "
                        + "Use the single signing certificate the other side gave you.");
            }
            return new SignerCertificate(certificate);
        } catch (CertificateException | RuntimeException e) {
            if (e instanceof ByokException known) {
                throw known;
            }
            throw new ByokException(what + " is not an X.509 certificate in PEM or DER form. Use the .pem file "
                    + "the other side gave you.");
        }
    }

    public byte[] der() {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 of the DER bytes, lower-case hex. */
    public String fingerprint() {
        try {
            return Hex.lower(MessageDigest.getInstance("SHA-256").digest(der()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fingerprint in upper-case groups of four, for reading aloud. */
    public String fingerprintGrouped() {
        return Hex.grouped(fingerprint());
    }

    /** The subject in the order it is encoded (as it was typed), e.g. {@code CN=Netcore BYOK signing,O=Netcore}. */
    public String subject() {
        return X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()).toString();
    }

    /** "subject, SHA-256 fingerprint hex": how receipts and reports name a verified signer. */
    public String describe() {
        return subject() + ", SHA-256 fingerprint " + fingerprint();
    }

    /** The certificate in PEM form. */
    public String pem() {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der());
        return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
    }

    /** True when {@code other} is the same certificate, byte for byte. */
    public boolean sameAs(X509Certificate other) {
        try {
            return MessageDigest.isEqual(der(), other.getEncoded());
        } catch (CertificateEncodingException e) {
            return false;
        }
    }
}
