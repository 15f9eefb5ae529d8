package com.netcore.byok.kms.testserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.netcore.byok.core.SecretKeyMaterial;
import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.core.WrappingPublicKey;
import java.security.SecureRandom;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.model.ExpirationModelType;
import software.amazon.awssdk.services.kms.model.GetParametersForImportResponse;
import software.amazon.awssdk.services.kms.model.IncludeKeyMaterial;
import software.amazon.awssdk.services.kms.model.KmsException;

/**
 * Eventual consistency: changes show only after the lag, as KMS documents it. A lag far longer than any test
 * and {@link KmsTestServer#settle()} keep these tests independent of the machine's speed; one test waits for a
 * short lag to pass by itself.
 */
class KmsTestServerLagTest extends SdkClientTest {
    static final Duration LAG = Duration.ofMinutes(10);

    static String errorCode(Runnable call) {
        return catchThrowableOfType(KmsException.class, call::run).awsErrorDetails().errorCode();
    }

    static void waitOutTheLag() {
        kms.server().settle();
    }

    static String state(String key) {
        return sdk.describeKey(b -> b.keyId(key)).keyMetadata().keyStateAsString();
    }

    static void importMaterial(String key, byte[] material, String importType) {
        GetParametersForImportResponse parameters = sdk.getParametersForImport(b -> b.keyId(key)
                .wrappingAlgorithm("RSAES_OAEP_SHA_256").wrappingKeySpec("RSA_2048"));
        byte[] wrapped;
        try (SecretKeyMaterial secret = SecretKeyMaterial.copyOf(material)) {
            wrapped = WrappingAlgorithm.RSAES_OAEP_SHA_256.wrap(WrappingPublicKey.parse(
                    parameters.publicKey().asByteArray(), "test key").key(), secret, new SecureRandom());
        }
        sdk.importKeyMaterial(b -> b.keyId(key).importToken(parameters.importToken()).importType(importType)
                .encryptedKeyMaterial(SdkBytes.fromByteArray(wrapped))
                .expirationModel(ExpirationModelType.KEY_MATERIAL_DOES_NOT_EXPIRE));
    }

    static byte[] material(int first) {
        byte[] bytes = new byte[32];
        bytes[0] = (byte) first;
        bytes[31] = 7;
        return bytes;
    }

    @Test
    void aNewKeyAndANewAliasAreNotFoundUntilTheLagHasPassed() {
        kms.server().lag(LAG);
        String key = sdk.createKey(b -> b.origin("EXTERNAL")).keyMetadata().arn();

        assertThat(errorCode(() -> sdk.describeKey(b -> b.keyId(key)))).isEqualTo("NotFoundException");
        assertThat(errorCode(() -> sdk.getParametersForImport(b -> b.keyId(key).wrappingAlgorithm("RSAES_OAEP_SHA_256")
                .wrappingKeySpec("RSA_2048")))).isEqualTo("NotFoundException");
        assertThat(errorCode(() -> sdk.createAlias(b -> b.aliasName("alias/lagging").targetKeyId(key))))
                .isEqualTo("NotFoundException");
        assertThat(kms.server().keyState(key)).as("the key exists all the same").contains("PendingImport");
        waitOutTheLag();
        assertThat(state(key)).isEqualTo("PendingImport");

        sdk.createAlias(b -> b.aliasName("alias/lagging").targetKeyId(key));
        assertThat(errorCode(() -> sdk.describeKey(b -> b.keyId("alias/lagging")))).isEqualTo("NotFoundException");
        assertThat(sdk.listAliases(b -> b.keyId(key)).aliases()).isEmpty();
        assertThat(errorCode(() -> sdk.createAlias(b -> b.aliasName("alias/lagging").targetKeyId(key))))
                .as("the name is taken at once").isEqualTo("AlreadyExistsException");
        waitOutTheLag();
        assertThat(sdk.describeKey(b -> b.keyId("alias/lagging")).keyMetadata().arn()).isEqualTo(key);
        assertThat(sdk.listAliases(b -> b.keyId(key)).aliases()).hasSize(1);
    }

    @Test
    void afterAnImportDescribeKeyShowsThePreviousStateAndEncryptFails() {
        String key = sdk.createKey(b -> b.origin("EXTERNAL")).keyMetadata().arn();
        kms.server().lag(LAG);
        importMaterial(key, material(1), "NEW_KEY_MATERIAL");

        assertThat(state(key)).isEqualTo("PendingImport");
        assertThat(errorCode(() -> sdk.encrypt(b -> b.keyId(key).plaintext(SdkBytes.fromUtf8String("x")))))
                .isEqualTo("KMSInvalidStateException");
        assertThat(kms.server().keyState(key)).contains("Enabled");
        waitOutTheLag();
        assertThat(state(key)).isEqualTo("Enabled");
        sdk.encrypt(b -> b.keyId(key).plaintext(SdkBytes.fromUtf8String("x")));

        sdk.deleteImportedKeyMaterial(b -> b.keyId(key));
        assertThat(state(key)).as("the old state while the deletion settles").isEqualTo("Enabled");
        assertThat(kms.server().keyState(key)).contains("PendingImport");
        waitOutTheLag();
        assertThat(state(key)).isEqualTo("PendingImport");
    }

    @Test
    void onDemandRotationCompletesInTheBackground() {
        String key = sdk.createKey(b -> b.origin("EXTERNAL")).keyMetadata().arn();
        importMaterial(key, material(1), "NEW_KEY_MATERIAL");
        importMaterial(key, material(2), "NEW_KEY_MATERIAL");
        String before = sdk.describeKey(b -> b.keyId(key)).keyMetadata().currentKeyMaterialId();
        kms.server().lag(LAG);

        sdk.rotateKeyOnDemand(b -> b.keyId(key));

        assertThat(sdk.describeKey(b -> b.keyId(key)).keyMetadata().currentKeyMaterialId()).isEqualTo(before);
        assertThat(sdk.getKeyRotationStatus(b -> b.keyId(key)).onDemandRotationStartDate()).isNotNull();
        assertThat(sdk.listKeyRotations(b -> b.keyId(key).includeKeyMaterial(IncludeKeyMaterial.ALL_KEY_MATERIAL))
                .rotations()).extracting(r -> r.keyMaterialStateAsString()).containsExactly("CURRENT", "PENDING_ROTATION");
        assertThat(sdk.listKeyRotations(b -> b.keyId(key)).rotations()).isEmpty();
        assertThat(errorCode(() -> sdk.rotateKeyOnDemand(b -> b.keyId(key)))).isEqualTo("ConflictException");
        waitOutTheLag();

        assertThat(sdk.describeKey(b -> b.keyId(key)).keyMetadata().currentKeyMaterialId()).isNotEqualTo(before);
        assertThat(sdk.getKeyRotationStatus(b -> b.keyId(key)).onDemandRotationStartDate()).isNull();
        assertThat(sdk.listKeyRotations(b -> b.keyId(key)).rotations()).singleElement()
                .satisfies(r -> assertThat(r.rotationTypeAsString()).isEqualTo("ON_DEMAND"));
    }

    @Test
    void aShortLagPassesByItself() throws Exception {
        Duration lag = Duration.ofMillis(300);
        kms.server().lag(lag);
        long start = System.nanoTime();
        String key = sdk.createKey(b -> b.origin("EXTERNAL")).keyMetadata().arn();
        Thread.sleep(lag.toMillis() + 100);
        assertThat(System.nanoTime() - start).isGreaterThan(lag.toNanos());
        assertThat(state(key)).isEqualTo("PendingImport");
    }

    @Test
    void withoutLagEverythingShowsAtOnce() {
        String key = sdk.createKey(b -> b.origin("EXTERNAL")).keyMetadata().arn();
        importMaterial(key, material(1), "NEW_KEY_MATERIAL");
        assertThat(state(key)).isEqualTo("Enabled");
        importMaterial(key, material(2), "NEW_KEY_MATERIAL");
        String before = sdk.describeKey(b -> b.keyId(key)).keyMetadata().currentKeyMaterialId();
        sdk.rotateKeyOnDemand(b -> b.keyId(key));
        assertThat(sdk.describeKey(b -> b.keyId(key)).keyMetadata().currentKeyMaterialId()).isNotEqualTo(before);
    }
}
