package com.netcore.byok.kms.testserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.netcore.byok.core.SecretKeyMaterial;
import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.core.WrappingPublicKey;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.model.ExpirationModelType;
import software.amazon.awssdk.services.kms.model.GetParametersForImportResponse;
import software.amazon.awssdk.services.kms.model.IncludeKeyMaterial;
import software.amazon.awssdk.services.kms.model.KmsException;
import software.amazon.awssdk.services.kms.model.OriginType;
import software.amazon.awssdk.services.sts.StsClient;

/** The test server itself, through a plain SDK client: the parts of KMS's behaviour the other tests rely on. */
class KmsTestServerTest extends SdkClientTest {
    static final byte[] KEY = HexFormat.of().parseHex("00112233445566778899aabbccddeeff0f1e2d3c4b5a69788796a5b4c3d2e1f0");

    static String externalKey() {
        return sdk.createKey(b -> b.origin(OriginType.EXTERNAL)).keyMetadata().arn();
    }

    static GetParametersForImportResponse parameters(String arn, WrappingAlgorithm algorithm) {
        return sdk.getParametersForImport(b -> b.keyId(arn).wrappingAlgorithm(algorithm.name())
                .wrappingKeySpec("RSA_2048"));
    }

    static byte[] wrap(GetParametersForImportResponse parameters, WrappingAlgorithm algorithm, byte[] material) {
        WrappingPublicKey publicKey = WrappingPublicKey.parse(parameters.publicKey().asByteArray(), "test key");
        try (SecretKeyMaterial key = SecretKeyMaterial.copyOf(material)) {
            return algorithm.wrap(publicKey.key(), key, new SecureRandom());
        }
    }

    static void importKey(String arn, GetParametersForImportResponse parameters, byte[] wrapped) {
        sdk.importKeyMaterial(b -> b.keyId(arn).importToken(parameters.importToken())
                .encryptedKeyMaterial(SdkBytes.fromByteArray(wrapped))
                .expirationModel(ExpirationModelType.KEY_MATERIAL_DOES_NOT_EXPIRE));
    }

    static String errorCode(Runnable call) {
        return catchThrowableOfType(KmsException.class, call::run).awsErrorDetails().errorCode();
    }

    @ParameterizedTest
    @EnumSource(WrappingAlgorithm.class)
    void unwrapsEveryAlgorithmWithItsExactParameters(WrappingAlgorithm algorithm) {
        String arn = externalKey();
        GetParametersForImportResponse parameters = parameters(arn, algorithm);

        importKey(arn, parameters, wrap(parameters, algorithm, KEY));

        assertThat(kms.server().currentMaterial(arn)).contains(KEY);
        assertThat(kms.server().keyState(arn)).contains("Enabled");
    }

    @Test
    void tokensAreBoundToTheirKeyAndAlgorithmAndExpire() {
        String arn = externalKey();
        String other = externalKey();
        GetParametersForImportResponse sha256 = parameters(arn, WrappingAlgorithm.RSAES_OAEP_SHA_256);
        GetParametersForImportResponse sha1 = parameters(arn, WrappingAlgorithm.RSAES_OAEP_SHA_1);

        assertThat(errorCode(() -> importKey(other, sha256, wrap(sha256, WrappingAlgorithm.RSAES_OAEP_SHA_256, KEY))))
                .isEqualTo("InvalidImportTokenException");
        assertThat(errorCode(() -> importKey(arn, sha1, wrap(sha1, WrappingAlgorithm.RSAES_OAEP_SHA_256, KEY))))
                .isEqualTo("InvalidCiphertextException");
        assertThat(errorCode(() -> importKey(arn, sha1, wrap(sha256, WrappingAlgorithm.RSAES_OAEP_SHA_1, KEY))))
                .as("a wrap for another public key").isEqualTo("InvalidCiphertextException");
        assertThat(errorCode(() -> importKey(arn, sha1, wrap(sha1, WrappingAlgorithm.RSAES_OAEP_SHA_1, new byte[16]))))
                .isEqualTo("IncorrectKeyMaterialException");
        kms.server().clock().advance(Duration.ofHours(24));
        try {
            assertThat(errorCode(() -> importKey(arn, sha1, wrap(sha1, WrappingAlgorithm.RSAES_OAEP_SHA_1, KEY))))
                    .isEqualTo("ExpiredImportTokenException");
        } finally {
            kms.server().clock().reset();
        }
        importKey(arn, sha1, wrap(sha1, WrappingAlgorithm.RSAES_OAEP_SHA_1, KEY));
    }

    @Test
    void encryptsWithTheImportedBytesAndChecksTheContext() throws Exception {
        String arn = externalKey();
        GetParametersForImportResponse parameters = parameters(arn, WrappingAlgorithm.RSAES_OAEP_SHA_256);
        importKey(arn, parameters, wrap(parameters, WrappingAlgorithm.RSAES_OAEP_SHA_256, KEY));
        SdkBytes blob = sdk.encrypt(b -> b.keyId(arn).plaintext(SdkBytes.fromUtf8String("hello"))
                .encryptionContext(Map.of("a", "1"))).ciphertextBlob();

        assertThat(sdk.decrypt(b -> b.ciphertextBlob(blob).encryptionContext(Map.of("a", "1"))).plaintext().asUtf8String())
                .isEqualTo("hello");
        assertThat(errorCode(() -> sdk.decrypt(b -> b.ciphertextBlob(blob).encryptionContext(Map.of("a", "2")))))
                .isEqualTo("InvalidCiphertextException");
        // real AES-GCM under the imported bytes: the blob ends with IV (12) + ciphertext + tag (16)
        byte[] bytes = blob.asByteArray();
        javax.crypto.Cipher gcm = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(javax.crypto.Cipher.DECRYPT_MODE, new javax.crypto.spec.SecretKeySpec(KEY, "AES"),
                new javax.crypto.spec.GCMParameterSpec(128, bytes, bytes.length - 5 - 16 - 12, 12));
        String keyId = arn.substring(arn.indexOf("key/") + 4);
        gcm.updateAAD((keyId + "\na=1").getBytes());
        assertThat(gcm.doFinal(bytes, bytes.length - 5 - 16, 5 + 16)).asString().isEqualTo("hello");

        sdk.deleteImportedKeyMaterial(b -> b.keyId(arn));
        assertThat(errorCode(() -> sdk.decrypt(b -> b.ciphertextBlob(blob).encryptionContext(Map.of("a", "1")))))
                .isEqualTo("KMSInvalidStateException");
    }

    @Test
    void listsKeyMaterialsPageByPage() {
        String arn = externalKey();
        GetParametersForImportResponse parameters = parameters(arn, WrappingAlgorithm.RSAES_OAEP_SHA_256);
        importKey(arn, parameters, wrap(parameters, WrappingAlgorithm.RSAES_OAEP_SHA_256, KEY));
        for (int i = 1; i <= 2; i++) {
            byte[] next = KEY.clone();
            next[0] = (byte) i;
            GetParametersForImportResponse p = parameters(arn, WrappingAlgorithm.RSAES_OAEP_SHA_256);
            byte[] wrapped = wrap(p, WrappingAlgorithm.RSAES_OAEP_SHA_256, next);
            sdk.importKeyMaterial(b -> b.keyId(arn).importToken(p.importToken())
                    .encryptedKeyMaterial(SdkBytes.fromByteArray(wrapped)).importType("NEW_KEY_MATERIAL")
                    .expirationModel(ExpirationModelType.KEY_MATERIAL_DOES_NOT_EXPIRE));
            sdk.rotateKeyOnDemand(b -> b.keyId(arn));
        }

        var all = sdk.listKeyRotationsPaginator(b -> b.keyId(arn).limit(1)
                .includeKeyMaterial(IncludeKeyMaterial.ALL_KEY_MATERIAL)).rotations().stream().toList();
        var rotationsOnly = sdk.listKeyRotationsPaginator(b -> b.keyId(arn)).rotations().stream().toList();

        assertThat(all).extracting(e -> e.keyMaterialStateAsString()).containsExactly("NON_CURRENT", "NON_CURRENT",
                "CURRENT");
        assertThat(rotationsOnly).hasSize(2).allSatisfy(e -> assertThat(e.rotationTypeAsString()).isEqualTo("ON_DEMAND"));
    }

    @Test
    void refusesLikeKmsWhatOurCommandsCheckBeforehand() {
        String awsKey = sdk.createKey(b -> b.origin(OriginType.AWS_KMS)).keyMetadata().arn();
        assertThat(errorCode(() -> parameters(awsKey, WrappingAlgorithm.RSAES_OAEP_SHA_256)))
                .isEqualTo("UnsupportedOperationException");
        sdk.createAlias(b -> b.aliasName("alias/once").targetKeyId(awsKey));
        assertThat(errorCode(() -> sdk.createAlias(b -> b.aliasName("alias/once").targetKeyId(awsKey))))
                .isEqualTo("AlreadyExistsException");
        assertThat(errorCode(() -> sdk.createAlias(b -> b.aliasName("alias/aws/mine").targetKeyId(awsKey))))
                .isEqualTo("InvalidAliasNameException");
        assertThat(errorCode(() -> sdk.createKey(b -> b.tags(t -> t.tagKey("aws:owner").tagValue("x")))))
                .isEqualTo("TagException");
        assertThat(errorCode(() -> sdk.listKeyRotations(b -> b.keyId(awsKey).marker("not-a-marker"))))
                .isEqualTo("InvalidMarkerException");
        assertThat(errorCode(() -> sdk.scheduleKeyDeletion(b -> b.keyId(awsKey).pendingWindowInDays(6))))
                .isEqualTo("ValidationException");
        assertThat(errorCode(() -> sdk.describeKey(b -> b.keyId("alias/none")))).isEqualTo("NotFoundException");
    }

    @Test
    void answersStsGetCallerIdentityOnTheSamePort() {
        try (StsClient sts = StsClient.builder().endpointOverride(kms.endpoint()).region(Region.of("eu-west-1"))
                .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create()).build()) {
            var identity = sts.getCallerIdentity();
            assertThat(identity.account()).isEqualTo(KmsTestServer.ACCOUNT);
            assertThat(identity.arn()).isEqualTo(KmsTestServer.CALLER_ARN);
        }
    }
}
