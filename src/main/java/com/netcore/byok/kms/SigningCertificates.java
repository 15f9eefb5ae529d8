package com.netcore.byok.kms;

import com.netcore.byok.core.ByokException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import org.bouncycastle.asn1.x500.X500Name;

/** Subject names and PEM text of the vendor's signing certificate. */
public final class SigningCertificates {
    public static final String DEFAULT_FILE = "vendor-signing.pem";

    private SigningCertificates() {
    }

    /** An X.500 name such as "CN=Netcore BYOK, O=Netcore"; it must have a CN. */
    static X500Name subject(String text) {
        X500Name name;
        try {
            name = new X500Name(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            throw new ByokException("Subject '" + text + "' is not a distinguished name. Give one like "
                    + "\"CN=Netcore BYOK parameters, O=Netcore\".");
        }
        if (!name.toString().contains("CN=")) {
            throw new ByokException("Subject '" + text + "' has no CN. Give one like \"CN=Netcore BYOK parameters, "
                    + "O=Netcore\".");
        }
        return name;
    }

    public static byte[] pem(X509Certificate certificate) {
        try {
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded());
            return ("-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n")
                    .getBytes(StandardCharsets.US_ASCII);
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
