package com.netcore.byok.core;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * {@code WrappingPublicKey.bin}: the RSA public key KMS gives out, as DER X.509 SubjectPublicKeyInfo.
 * Also accepted as PEM or as base64 text of the DER (people copy it through e-mail). Everything else is
 * refused with a sentence that says what the file is instead.
 */
public final class WrappingPublicKey {
    public static final String FILE_NAME = "WrappingPublicKey.bin";
    public static final int MIN_BITS = 2048;
    public static final int MAX_BITS = 4096;
    static final int MAX_FILE_BYTES = 16 * 1024;
    /** The only RSA sizes KMS issues for import parameters (WrappingKeySpec) and its only public exponent. */
    private static final Set<Integer> KMS_BITS = Set.of(2048, 3072, 4096);
    private static final BigInteger KMS_EXPONENT = BigInteger.valueOf(65537);

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);
    private static final String RSA_OID = "1.2.840.113549.1.1.1";
    private static final Map<String, String> KNOWN_ALGORITHMS = Map.of(
            "1.2.840.10045.2.1", "an elliptic-curve (EC) public key",
            "1.3.101.112", "an Ed25519 public key",
            "1.3.101.113", "an Ed448 public key",
            "1.3.101.110", "an X25519 public key",
            "1.2.840.113549.1.1.10", "an RSASSA-PSS public key (restricted to signatures)",
            "1.2.840.10040.4.1", "a DSA public key",
            "1.2.156.10197.1.301", "an SM2 public key (AWS China Regions only)");

    private final byte[] der;
    private final RSAPublicKey key;
    private final String fingerprint;

    private WrappingPublicKey(byte[] der, RSAPublicKey key) {
        this.der = der;
        this.key = key;
        this.fingerprint = Hex.lower(sha256(der));
    }

    public static WrappingPublicKey load(Path file) {
        String what = "Wrapping public key file " + file;
        return parse(SafeFiles.readSmall(file, what, MAX_FILE_BYTES), what);
    }

    /** Parses DER, PEM or base64 text; {@code what} names the source in messages. */
    public static WrappingPublicKey parse(byte[] content, String what) {
        if (content.length == 0) {
            throw new ByokException(what + " is empty. Copy " + FILE_NAME + " again from the operator's download.");
        }
        byte[] der = isText(content) ? derFromText(new String(content, StandardCharsets.ISO_8859_1), what) : content;
        RSAPublicKey rsa = rsaFromSubjectPublicKeyInfo(der, what);
        int bits = rsa.getModulus().bitLength();
        if (!KMS_BITS.contains(bits)) {
            throw new ByokException(what + " holds a " + bits + "-bit RSA key. AWS KMS wrapping keys are exactly 2048, "
                    + "3072 or 4096 bits; this is not a KMS wrapping key. Ask the operator for " + FILE_NAME + " again.");
        }
        if (!KMS_EXPONENT.equals(rsa.getPublicExponent())) {
            throw new ByokException(what + " holds an RSA key with public exponent " + rsa.getPublicExponent()
                    + "; AWS KMS wrapping keys always use 65537, so this is not a KMS wrapping key. Ask the operator for "
                    + FILE_NAME + " again.");
        }
        if (!rsa.getModulus().testBit(0)) {
            throw new ByokException(what + " holds an RSA key with an even modulus, which no real RSA key has; this is "
                    + "not a KMS wrapping key. Ask the operator for " + FILE_NAME + " again.");
        }
        return new WrappingPublicKey(der.clone(), rsa);
    }

    public RSAPublicKey key() {
        return key;
    }

    public int bits() {
        return key.getModulus().bitLength();
    }

    /** The AWS {@code WrappingKeySpec} name for this size, e.g. {@code RSA_4096}. */
    public String keySpec() {
        return "RSA_" + bits();
    }

    /** DER bytes, exactly as KMS returned them (after PEM or base64 decoding). */
    public byte[] der() {
        return der.clone();
    }

    /** SHA-256 of the DER bytes, lower-case hex: what {@code sha256sum WrappingPublicKey.bin} prints. */
    public String fingerprint() {
        return fingerprint;
    }

    /** The fingerprint in upper-case groups of four, for reading aloud and comparing by eye. */
    public String fingerprintGrouped() {
        return Hex.grouped(fingerprint);
    }

    private static RSAPublicKey rsaFromSubjectPublicKeyInfo(byte[] der, String what) {
        ASN1Primitive asn1 = parseDer(der, what);
        String kind = describeStructure(asn1);
        if (kind != null) {
            throw new ByokException(what + " is " + kind + ", not the wrapping public key. Use " + FILE_NAME
                    + " from the operator's import parameters.");
        }
        int extra;
        try {
            extra = der.length - asn1.getEncoded("DER").length;
        } catch (IOException e) {
            extra = 0;
        }
        if (extra > 0) {
            throw new ByokException(what + " has " + extra + " unexpected byte" + (extra == 1 ? "" : "s")
                    + " after the key. Copy " + FILE_NAME + " again without changes.");
        }
        ASN1Sequence spki = (ASN1Sequence) asn1;
        String oid = ASN1Sequence.getInstance(spki.getObjectAt(0)).getObjectAt(0).toString();
        if (!RSA_OID.equals(oid)) {
            String name = KNOWN_ALGORITHMS.getOrDefault(oid, "a public key of algorithm " + oid);
            throw new ByokException(what + " is " + name + ". AWS KMS wrapping keys are RSA keys; use " + FILE_NAME
                    + " from the operator's import parameters.");
        }
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new ByokException(what + " holds a damaged RSA public key. Copy " + FILE_NAME + " again.");
        }
    }

    private static ASN1Primitive parseDer(byte[] der, String what) {
        try (ASN1InputStream in = new ASN1InputStream(der)) {
            ASN1Primitive asn1 = in.readObject();
            if (asn1 == null) {
                throw new IOException("no data");
            }
            return asn1;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ByokException user) {
                throw user;
            }
            throw new ByokException(what + " is not a DER public key: it is truncated or not a key file at all ("
                    + der.length + " bytes). Copy " + FILE_NAME + " again from the operator's download.");
        }
    }

    /** Null for a SubjectPublicKeyInfo; otherwise what the structure is, for the message. */
    private static String describeStructure(ASN1Primitive asn1) {
        if (!(asn1 instanceof ASN1Sequence seq)) {
            return "not a key (its DER structure is not a sequence)";
        }
        ASN1Encodable[] parts = seq.toArray();
        if (parts.length == 2 && isAlgorithmIdentifier(parts[0]) && parts[1] instanceof ASN1BitString) {
            return null;
        }
        if (parts.length == 3 && parts[0] instanceof ASN1Sequence && isAlgorithmIdentifier(parts[1])
                && parts[2] instanceof ASN1BitString) {
            return "an X.509 certificate";
        }
        if (parts.length >= 3 && parts[0] instanceof ASN1Integer && isAlgorithmIdentifier(parts[1])
                && parts[2] instanceof ASN1OctetString) {
            return "a PKCS#8 private key (keep it secret; never send it)";
        }
        if (parts.length == 9 && allIntegers(parts)) {
            return "a PKCS#1 RSA private key (keep it secret; never send it)";
        }
        if (parts.length == 2 && allIntegers(parts)) {
            return "a PKCS#1 RSAPublicKey, not the SubjectPublicKeyInfo that KMS gives out";
        }
        if (parts.length == 2 && parts[0] instanceof ASN1ObjectIdentifier) {
            return "a PKCS#7/CMS structure";
        }
        return "not a public key (unknown DER structure)";
    }

    private static boolean isAlgorithmIdentifier(ASN1Encodable part) {
        return part instanceof ASN1Sequence alg && alg.size() >= 1 && alg.getObjectAt(0) instanceof ASN1ObjectIdentifier;
    }

    private static boolean allIntegers(ASN1Encodable[] parts) {
        for (ASN1Encodable part : parts) {
            if (!(part instanceof ASN1Integer)) {
                return false;
            }
        }
        return true;
    }

    private static byte[] derFromText(String text, String what) {
        String trimmed = text.replaceFirst("^\u00EF\u00BB\u00BF", "").strip();
        Matcher pem = PEM.matcher(trimmed);
        if (pem.find()) {
            String label = pem.group(1);
            if (label.contains("PRIVATE KEY")) {
                throw new ByokException(what + " is a private key (PEM " + label + "). Never share private keys; "
                        + "use " + FILE_NAME + " from the operator's import parameters.");
            }
            if (label.contains("CERTIFICATE")) {
                throw new ByokException(what + " is an X.509 certificate (PEM " + label + "), not the wrapping public "
                        + "key. Use " + FILE_NAME + " from the operator's import parameters.");
            }
            if (label.equals("RSA PUBLIC KEY")) {
                throw new ByokException(what + " is a PKCS#1 RSA PUBLIC KEY, not the SubjectPublicKeyInfo KMS gives "
                        + "out; its fingerprint would not match. Use " + FILE_NAME + " as downloaded.");
            }
            if (!label.equals("PUBLIC KEY")) {
                throw new ByokException(what + " is a PEM " + label + ", not a public key. Use " + FILE_NAME
                        + " from the operator's import parameters.");
            }
            return base64(pem.group(2), what + " (PEM body)");
        }
        if (trimmed.startsWith("-----BEGIN")) {
            throw new ByokException(what + " is a PEM file without a matching END line (truncated). Copy it again.");
        }
        if (trimmed.startsWith("ssh-") || trimmed.startsWith("ecdsa-")) {
            throw new ByokException(what + " is an OpenSSH public key, not the wrapping public key. Use " + FILE_NAME
                    + " from the operator's import parameters.");
        }
        return base64(trimmed, what);
    }

    private static byte[] base64(String text, String what) {
        String compact = text.replaceAll("\\s", "");
        if (compact.isEmpty() || !compact.matches("[A-Za-z0-9+/]+={0,2}")) {
            throw new ByokException(what + " is text but neither PEM nor base64 of a DER public key. Use "
                    + FILE_NAME + " as downloaded.");
        }
        try {
            return Base64.getDecoder().decode(compact);
        } catch (IllegalArgumentException e) {
            throw new ByokException(what + " is not valid base64 (a character is missing or extra). Copy it again.");
        }
    }

    private static boolean isText(byte[] content) {
        boolean bom = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF;
        for (int i = bom ? 3 : 0; i < content.length; i++) {
            int c = content[i] & 0xFF;
            if (!(c >= 0x20 && c < 0x7F) && c != '\n' && c != '\r' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
