package com.netcore.byok.kms.testserver;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DigestInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Asymmetric SIGN_VERIFY keys of the test server (Origin AWS_KMS, real key pairs): CreateKey for ECC_NIST_P384,
 * RSA_3072 and RSA_4096, GetPublicKey (DER SubjectPublicKeyInfo), Sign and Verify with MessageType RAW or DIGEST,
 * and an audit of every Sign call. The private keys stay in this class, as they stay in KMS.
 */
final class FakeSigningKeys {
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private static final List<String> RSA_ALGORITHMS = List.of("RSASSA_PSS_SHA_256", "RSASSA_PSS_SHA_384",
            "RSASSA_PSS_SHA_512", "RSASSA_PKCS1_V1_5_SHA_256", "RSASSA_PKCS1_V1_5_SHA_384", "RSASSA_PKCS1_V1_5_SHA_512");
    private static final Map<String, List<String>> ALGORITHMS = Map.of(
            "ECC_NIST_P384", List.of("ECDSA_SHA_384"), "RSA_3072", RSA_ALGORITHMS, "RSA_4096", RSA_ALGORITHMS);

    private final FakeKms kms;
    private final Map<String, SigningKey> keys = new HashMap<>();
    private final List<SignCall> audit = new ArrayList<>();

    private record SigningKey(String spec, KeyPair pair) {
    }

    FakeSigningKeys(FakeKms kms) {
        this.kms = kms;
    }

    static boolean isSigningRequest(Json.Request createKey) {
        return createKey.string("KeyUsage").filter("SIGN_VERIFY"::equals).isPresent();
    }

    /** CreateKey's checks for a SIGN_VERIFY key, before anything is made. */
    static void checkCreate(String spec, String origin) {
        if (!ALGORITHMS.containsKey(spec)) {
            throw KmsError.validation("KeySpec " + spec + " is not valid for KeyUsage SIGN_VERIFY in the test server; "
                    + "use ECC_NIST_P384, RSA_3072 or RSA_4096.");
        }
        if (!origin.equals("AWS_KMS")) {
            throw KmsError.of("UnsupportedOperationException", "The test server makes signing keys with Origin "
                    + "AWS_KMS only.");
        }
    }

    /** Makes the key pair of a new signing key. */
    void generate(FakeKey key, String spec) {
        try {
            KeyPairGenerator generator;
            if (spec.equals("ECC_NIST_P384")) {
                generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(new ECGenParameterSpec("secp384r1"));
            } else {
                generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(spec.equals("RSA_3072") ? 3072 : 4096);
            }
            keys.put(key.id, new SigningKey(spec, generator.generateKeyPair()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** DescribeKey's view of a signing key; other keys are left as they are. */
    void describe(FakeKey key, Map<String, Object> metadata) {
        SigningKey signing = keys.get(key.id);
        if (signing != null) {
            metadata.put("KeyUsage", "SIGN_VERIFY");
            metadata.put("KeySpec", signing.spec);
            metadata.put("CustomerMasterKeySpec", signing.spec);
            metadata.remove("EncryptionAlgorithms");
            metadata.put("SigningAlgorithms", ALGORITHMS.get(signing.spec));
        }
    }

    /** Every Sign call answered so far, in order. */
    List<SignCall> audit() {
        return List.copyOf(audit);
    }

    Map<String, Object> getPublicKey(Json.Request r) {
        FakeKey key = kms.resolve(r.required("KeyId"), true);
        SigningKey signing = keys.get(key.id);
        if (signing == null) {
            throw KmsError.of("UnsupportedOperationException", key.arn + " is a symmetric key; it has no public key.");
        }
        requireUsable(key);
        Map<String, Object> out = Json.object();
        out.put("KeyId", key.arn);
        out.put("PublicKey", signing.pair.getPublic().getEncoded());
        out.put("CustomerMasterKeySpec", signing.spec);
        out.put("KeySpec", signing.spec);
        out.put("KeyUsage", "SIGN_VERIFY");
        out.put("SigningAlgorithms", ALGORITHMS.get(signing.spec));
        return out;
    }

    Map<String, Object> sign(Json.Request r) {
        Use use = use(r);
        byte[] digest = use.digest();
        byte[] signature;
        try {
            Signature signer = use.signature();
            signer.initSign(use.key.pair.getPrivate());
            signer.update(use.input());
            signature = signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        audit.add(new SignCall(use.arn, use.algorithm, use.messageType, digest));
        Map<String, Object> out = Json.object();
        out.put("KeyId", use.arn);
        out.put("Signature", signature);
        out.put("SigningAlgorithm", use.algorithm);
        return out;
    }

    Map<String, Object> verify(Json.Request r) {
        Use use = use(r);
        byte[] signature = r.requiredBlob("Signature");
        boolean valid;
        try {
            Signature verifier = use.signature();
            verifier.initVerify(use.key.pair.getPublic());
            verifier.update(use.input());
            valid = verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            valid = false;
        }
        if (!valid) {
            throw KmsError.of("KMSInvalidSignatureException", "The signature is not valid for " + use.arn + ".");
        }
        Map<String, Object> out = Json.object();
        out.put("KeyId", use.arn);
        out.put("SignatureValid", true);
        out.put("SigningAlgorithm", use.algorithm);
        return out;
    }

    /** One Sign or Verify request, checked: key usage and state, algorithm for the key spec, digest length. */
    private Use use(Json.Request r) {
        FakeKey key = kms.resolve(r.required("KeyId"), true);
        String algorithm = r.required("SigningAlgorithm");
        byte[] message = r.requiredBlob("Message");
        String messageType = r.string("MessageType").orElse("RAW");
        if (r.bool("DryRun")) {
            throw KmsError.of("DryRunOperationException", "The request would have succeeded, but the DryRun flag is set.");
        }
        SigningKey signing = keys.get(key.id);
        if (signing == null) {
            throw KmsError.of("InvalidKeyUsageException", key.arn + " key usage is ENCRYPT_DECRYPT which is not valid "
                    + "for " + r.operation() + ".");
        }
        requireUsable(key);
        if (!ALGORITHMS.get(signing.spec).contains(algorithm)) {
            throw KmsError.of("InvalidKeyUsageException", "Signing algorithm " + algorithm + " is not valid for "
                    + signing.spec + " key " + key.arn + ".");
        }
        if (messageType.equals("EXTERNAL_MU")) {
            throw KmsError.validation("MessageType EXTERNAL_MU is valid only for ML-DSA keys.");
        }
        String hash = "SHA-" + algorithm.substring(algorithm.length() - 3);
        if (messageType.equals("DIGEST")) {
            int expected = Integer.parseInt(algorithm.substring(algorithm.length() - 3)) / 8;
            if (message.length != expected) {
                throw KmsError.validation("Digest is invalid length for algorithm " + algorithm + ": " + message.length
                        + " bytes, expected " + expected + ".");
            }
        }
        return new Use(key.arn, signing, algorithm, messageType, hash, message);
    }

    private void requireUsable(FakeKey key) {
        if (key.state.equals("Disabled")) {
            throw KmsError.of("DisabledException", key.arn + " is disabled.");
        }
        if (!key.state.equals("Enabled")) {
            throw KmsError.invalidState(key.arn + " is " + FakeKms.stateWords(key) + ".");
        }
    }

    private record Use(String arn, SigningKey key, String algorithm, String messageType, String hash, byte[] message) {
        boolean raw() {
            return messageType.equals("RAW");
        }

        byte[] digest() {
            try {
                return raw() ? MessageDigest.getInstance(hash).digest(message) : message.clone();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        /** What the JCA signature takes: the message (RAW), or the digest in the form the raw scheme needs. */
        byte[] input() {
            if (raw() || !algorithm.startsWith("RSASSA_PKCS1")) {
                return message;
            }
            try {
                return new DigestInfo(new AlgorithmIdentifier(switch (hash) {
                    case "SHA-256" -> NISTObjectIdentifiers.id_sha256;
                    case "SHA-384" -> NISTObjectIdentifiers.id_sha384;
                    default -> NISTObjectIdentifiers.id_sha512;
                }), message).getEncoded();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }

        Signature signature() throws GeneralSecurityException {
            String bare = hash.replace("-", "");
            if (algorithm.startsWith("ECDSA")) {
                return Signature.getInstance(raw() ? bare + "withECDSA" : "NONEwithECDSA");
            }
            if (algorithm.startsWith("RSASSA_PKCS1")) {
                return Signature.getInstance(raw() ? bare + "withRSA" : "NONEwithRSA");
            }
            int length = Integer.parseInt(bare.substring(3)) / 8;
            Signature pss = raw() ? Signature.getInstance("RSASSA-PSS") : Signature.getInstance("RAWRSASSA-PSS", BC);
            pss.setParameter(new PSSParameterSpec(hash, "MGF1", new MGF1ParameterSpec(hash), length, 1));
            return pss;
        }
    }
}
