package com.netcore.byok.kms.testserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.model.KeyMetadata;
import software.amazon.awssdk.services.kms.model.KmsException;
import software.amazon.awssdk.services.kms.model.MessageType;

/** SIGN_VERIFY keys of the test server: real key pairs, GetPublicKey, Sign and Verify, refusals, the Sign audit. */
class KmsTestServerSigningTest extends SdkClientTest {
    static final byte[] MESSAGE = "Key ARN: arn:aws:kms:eu-west-1:111122223333:key/x\n".getBytes(StandardCharsets.UTF_8);

    static String errorCode(Runnable call) {
        return catchThrowableOfType(KmsException.class, call::run).awsErrorDetails().errorCode();
    }

    static String signingKey(String spec) {
        return sdk.createKey(b -> b.keySpec(spec).keyUsage("SIGN_VERIFY")).keyMetadata().arn();
    }

    static PublicKey publicKey(String key, String algorithm) throws Exception {
        byte[] der = sdk.getPublicKey(b -> b.keyId(key)).publicKey().asByteArray();
        return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
    }

    @ParameterizedTest
    @CsvSource({"ECC_NIST_P384, ECDSA_SHA_384, SHA-384, SHA384withECDSA, EC",
            "RSA_3072, RSASSA_PSS_SHA_256, SHA-256, RSASSA-PSS, RSA",
            "RSA_4096, RSASSA_PSS_SHA_256, SHA-256, RSASSA-PSS, RSA"})
    void signaturesOfRawMessagesAndDigestsVerifyWithThePublicKey(String spec, String algorithm, String hash, String jca,
            String keyAlgorithm) throws Exception {
        String key = signingKey(spec);
        KeyMetadata described = sdk.describeKey(b -> b.keyId(key)).keyMetadata();
        assertThat(described.keyUsageAsString()).isEqualTo("SIGN_VERIFY");
        assertThat(described.keySpecAsString()).isEqualTo(spec);
        assertThat(described.signingAlgorithmsAsStrings()).contains(algorithm);
        assertThat(described.encryptionAlgorithms()).isEmpty();
        assertThat(described.keyStateAsString()).isEqualTo("Enabled");
        var answer = sdk.getPublicKey(b -> b.keyId(key));
        assertThat(answer.keySpecAsString()).isEqualTo(spec);
        assertThat(answer.signingAlgorithmsAsStrings()).contains(algorithm);
        PublicKey publicKey = publicKey(key, keyAlgorithm);

        byte[] digest = MessageDigest.getInstance(hash).digest(MESSAGE);
        for (MessageType type : new MessageType[] {MessageType.RAW, MessageType.DIGEST}) {
            byte[] signed = sdk.sign(b -> b.keyId(key).signingAlgorithm(algorithm).messageType(type)
                    .message(SdkBytes.fromByteArray(type == MessageType.RAW ? MESSAGE : digest))).signature().asByteArray();
            Signature verifier = Signature.getInstance(jca);
            if (jca.equals("RSASSA-PSS")) {
                verifier.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
            }
            verifier.initVerify(publicKey);
            verifier.update(MESSAGE);
            assertThat(verifier.verify(signed)).as(type.toString()).isTrue();
            assertThat(sdk.verify(b -> b.keyId(key).signingAlgorithm(algorithm).message(SdkBytes.fromByteArray(MESSAGE))
                    .signature(SdkBytes.fromByteArray(signed))).signatureValid()).isTrue();
        }
        assertThat(kms.server().signCalls().stream().filter(c -> c.keyArn().equals(key)).toList()).hasSize(2)
                .allSatisfy(call -> {
                    assertThat(call.algorithm()).isEqualTo(algorithm);
                    assertThat(call.digest()).isEqualTo(digest);
                }).extracting(SignCall::messageType).containsExactly("RAW", "DIGEST");
    }

    @Test
    void refusalsAreTheOnesTheApiModelDocuments() {
        String ecc = signingKey("ECC_NIST_P384");
        String symmetric = sdk.createKey(b -> b.origin("AWS_KMS")).keyMetadata().arn();
        SdkBytes digest384 = SdkBytes.fromByteArray(new byte[48]);
        int before = kms.server().signCalls().size();

        assertThat(errorCode(() -> sdk.sign(b -> b.keyId(symmetric).signingAlgorithm("ECDSA_SHA_384")
                .messageType(MessageType.DIGEST).message(digest384)))).isEqualTo("InvalidKeyUsageException");
        assertThat(errorCode(() -> sdk.sign(b -> b.keyId(ecc).signingAlgorithm("RSASSA_PSS_SHA_256")
                .messageType(MessageType.DIGEST).message(SdkBytes.fromByteArray(new byte[32])))))
                .isEqualTo("InvalidKeyUsageException");
        assertThat(errorCode(() -> sdk.sign(b -> b.keyId(ecc).signingAlgorithm("ECDSA_SHA_384")
                .messageType(MessageType.DIGEST).message(SdkBytes.fromByteArray(new byte[32])))))
                .isEqualTo("ValidationException");
        assertThat(errorCode(() -> sdk.sign(b -> b.keyId(ecc).signingAlgorithm("ECDSA_SHA_999")
                .message(digest384)))).isEqualTo("ValidationException");
        assertThat(errorCode(() -> sdk.verify(b -> b.keyId(ecc).signingAlgorithm("ECDSA_SHA_384")
                .message(digest384).signature(SdkBytes.fromByteArray(new byte[70]))))).isEqualTo("KMSInvalidSignatureException");
        assertThat(errorCode(() -> sdk.getPublicKey(b -> b.keyId(symmetric)))).isEqualTo("UnsupportedOperationException");
        assertThat(errorCode(() -> sdk.createKey(b -> b.keySpec("ECC_NIST_P256").keyUsage("SIGN_VERIFY"))))
                .isEqualTo("ValidationException");

        sdk.disableKey(b -> b.keyId(ecc));
        assertThat(errorCode(() -> sdk.sign(b -> b.keyId(ecc).signingAlgorithm("ECDSA_SHA_384")
                .messageType(MessageType.DIGEST).message(digest384)))).isEqualTo("DisabledException");
        sdk.scheduleKeyDeletion(b -> b.keyId(ecc).pendingWindowInDays(7));
        assertThat(errorCode(() -> sdk.sign(b -> b.keyId(ecc).signingAlgorithm("ECDSA_SHA_384")
                .messageType(MessageType.DIGEST).message(digest384)))).isEqualTo("KMSInvalidStateException");
        assertThat(kms.server().signCalls()).hasSize(before);
    }

    @Test
    void signCanBeDeniedAndIsCounted() {
        String ecc = signingKey("ECC_NIST_P384");
        kms.server().clearRequests();
        kms.server().deny("Sign");
        assertThat(errorCode(() -> sdk.sign(b -> b.keyId(ecc).signingAlgorithm("ECDSA_SHA_384")
                .messageType(MessageType.DIGEST).message(SdkBytes.fromByteArray(new byte[48])))))
                .isEqualTo("AccessDeniedException");
        assertThat(kms.server().calls("Sign")).isOne();
        assertThat(kms.server().signCalls().stream().filter(c -> c.keyArn().equals(ecc))).isEmpty();
    }
}
