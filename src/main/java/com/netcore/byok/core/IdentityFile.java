package com.netcore.byok.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.pkcs.PKCS12PfxPduBuilder;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEOutputEncryptorBuilder;

/**
 * The officer's identity on disk: a PKCS#12 file with the P-384 key and its certificate, both encrypted with
 * AES-256-CBC under PBKDF2 (HMAC-SHA256), MAC with SHA-256 (what OpenSSL 3 writes and reads by default), and
 * optionally the certificate alone in PEM form to give to the vendor.
 */
public final class IdentityFile {
    static final int ITERATIONS = 200_000;
    private static final int MAX_FILE_BYTES = 64 * 1024;
    private static final String ALIAS = "identity";

    private IdentityFile() {
    }

    /** Writes the PKCS#12 file (and the PEM certificate when asked) all together, never over existing files. */
    public static List<Path> save(SigningIdentity identity, Path p12, Optional<Path> certificatePem, char[] password) {
        Path p12File = p12.toAbsolutePath();
        byte[] encoded = encode(identity, password);
        List<SafeFiles.Batch> batches = new ArrayList<>();
        batches.add(SafeFiles.Batch.of(p12File.getParent(), Map.of(p12File.getFileName().toString(), encoded), false));
        certificatePem.map(Path::toAbsolutePath).ifPresent(pem -> batches.add(SafeFiles.Batch.of(pem.getParent(),
                Map.of(pem.getFileName().toString(), identity.certificate().pem().getBytes(StandardCharsets.US_ASCII)),
                false)));
        SafeFiles.writeAll(batches);
        List<Path> written = new ArrayList<>(List.of(p12File));
        certificatePem.map(Path::toAbsolutePath).ifPresent(written::add);
        return List.copyOf(written);
    }

    static byte[] encode(SigningIdentity identity, char[] password) {
        try {
            OutputEncryptor encryptor = new JcePKCSPBEOutputEncryptorBuilder(NISTObjectIdentifiers.id_aes256_CBC)
                    .setProvider(DetachedSignature.BC)
                    .setPRF(new AlgorithmIdentifier(PKCSObjectIdentifiers.id_hmacWithSHA256, DERNull.INSTANCE))
                    .setIterationCount(ITERATIONS).build(password);
            X509Certificate certificate = identity.certificate().certificate();
            var keyId = new JcaX509ExtensionUtils().createSubjectKeyIdentifier(certificate.getPublicKey());
            DERBMPString name = new DERBMPString(ALIAS);
            PKCS12SafeBagBuilder certBag = new JcaPKCS12SafeBagBuilder(certificate);
            certBag.addBagAttribute(PKCS12SafeBag.friendlyNameAttribute, name);
            certBag.addBagAttribute(PKCS12SafeBag.localKeyIdAttribute, keyId);
            PKCS12SafeBagBuilder keyBag = new JcaPKCS12SafeBagBuilder(identity.privateKey(), encryptor);
            keyBag.addBagAttribute(PKCS12SafeBag.friendlyNameAttribute, name);
            keyBag.addBagAttribute(PKCS12SafeBag.localKeyIdAttribute, keyId);
            PKCS12PfxPduBuilder pfx = new PKCS12PfxPduBuilder();
            pfx.addEncryptedData(encryptor, certBag.build());
            pfx.addData(keyBag.build());
            return pfx.build(new JcePKCS12MacCalculatorBuilder(NISTObjectIdentifiers.id_sha256)
                    .setProvider(DetachedSignature.BC).setIterationCount(ITERATIONS), password).getEncoded("DER");
        } catch (GeneralSecurityException | OperatorCreationException | PKCSException | IOException e) {
            throw new IllegalStateException("cannot write the PKCS#12 identity: " + e.getMessage(), e);
        }
    }

    /** Opens the identity in {@code p12}; the caller closes it as soon as it has signed. */
    public static SigningIdentity load(Path p12, char[] password) {
        String what = "Identity file " + p12;
        byte[] encoded = SafeFiles.readSmall(p12, what, MAX_FILE_BYTES);
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(encoded), password);
            for (String alias : Collections.list(store.aliases())) {
                if (!store.isKeyEntry(alias)) {
                    continue;
                }
                Key key = store.getKey(alias, password);
                Certificate certificate = store.getCertificate(alias);
                if (key instanceof PrivateKey privateKey && certificate instanceof X509Certificate x509) {
                    String weakness = SignaturePolicy.keyWeakness(x509.getPublicKey());
                    if (weakness != null) {
                        throw new ByokException(what + " cannot sign receipts: " + weakness + ", but only "
                                + SignaturePolicy.ACCEPTED + " are accepted. Make one with 'identity create'.");
                    }
                    return new SigningIdentity(privateKey, new SignerCertificate(x509));
                }
            }
            throw new ByokException(what + " holds no private key with a certificate. Choose the .p12 file that "
                    + "'identity create' wrote.");
        } catch (IOException | GeneralSecurityException e) {
            throw new ByokException(what + " cannot be opened: the password is wrong, or it is not a PKCS#12 "
                    + "identity. Check the password, or choose the .p12 file that 'identity create' wrote.");
        }
    }
}
