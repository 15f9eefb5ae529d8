package com.netcore.byok.kms.testserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.netcore.byok.core.SecretKeyMaterial;
import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.core.WrappingPublicKey;
import com.netcore.byok.testing.TestKms;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.ExpirationModelType;
import software.amazon.awssdk.services.kms.model.GetParametersForImportResponse;
import software.amazon.awssdk.services.kms.model.ImportType;
import software.amazon.awssdk.services.kms.model.IncludeKeyMaterial;
import software.amazon.awssdk.services.kms.model.KeyMetadata;
import software.amazon.awssdk.services.kms.model.KmsException;
import software.amazon.awssdk.services.kms.model.OriginType;
import software.amazon.awssdk.services.kms.model.RotationsListEntry;

/** Multi-Region keys with imported material in the test server, through plain SDK clients of two Regions. */
class KmsTestServerMultiRegionTest {
    static final String US = "us-east-1";
    static final byte[] KEY_A = HexFormat.of().parseHex("00112233445566778899aabbccddeeff0f1e2d3c4b5a69788796a5b4c3d2e1f0");
    static final byte[] KEY_B = HexFormat.of().parseHex("ffeeddccbbaa99887766554433221100f0e1d2c3b4a5968778695a4b3c2d1e0f");
    @RegisterExtension
    static final TestKms kms = new TestKms();
    static KmsClient eu;
    static KmsClient us;

    @BeforeAll
    static void openSdkClients() {
        eu = kms.server().sdkClient();
        us = kms.server().sdkClient(US);
    }

    @AfterAll
    static void closeSdkClients() {
        eu.close();
        us.close();
    }

    static String primary() {
        return eu.createKey(b -> b.origin(OriginType.EXTERNAL).multiRegion(true)).keyMetadata().keyId();
    }

    static void importInto(KmsClient client, String keyId, byte[] material, ImportType type) {
        GetParametersForImportResponse parameters = client.getParametersForImport(b -> b.keyId(keyId)
                .wrappingAlgorithm("RSAES_OAEP_SHA_256").wrappingKeySpec("RSA_2048"));
        WrappingPublicKey publicKey = WrappingPublicKey.parse(parameters.publicKey().asByteArray(), "test key");
        byte[] wrapped;
        try (SecretKeyMaterial key = SecretKeyMaterial.copyOf(material)) {
            wrapped = WrappingAlgorithm.RSAES_OAEP_SHA_256.wrap(publicKey.key(), key, new SecureRandom());
        }
        client.importKeyMaterial(b -> b.keyId(keyId).importToken(parameters.importToken()).importType(type)
                .encryptedKeyMaterial(SdkBytes.fromByteArray(wrapped))
                .expirationModel(ExpirationModelType.KEY_MATERIAL_DOES_NOT_EXPIRE));
    }

    static String errorCode(Runnable call) {
        return catchThrowableOfType(KmsException.class, call::run).awsErrorDetails().errorCode();
    }

    static KmsException error(Runnable call) {
        return catchThrowableOfType(KmsException.class, call::run);
    }

    @Test
    void replicaHasTheSameKeyIdInItsRegionAndWaitsForImport() {
        String id = primary();
        var response = eu.replicateKey(b -> b.keyId(id).replicaRegion(US).description("US copy")
                .tags(t -> t.tagKey("site").tagValue("us")));

        KeyMetadata replica = response.replicaKeyMetadata();
        assertThat(id).startsWith("mrk-");
        assertThat(replica.keyId()).isEqualTo(id);
        assertThat(replica.arn()).isEqualTo("arn:aws:kms:us-east-1:" + KmsTestServer.ACCOUNT + ":key/" + id);
        assertThat(replica.keyStateAsString()).isEqualTo("PendingImport");
        assertThat(replica.description()).isEqualTo("US copy");
        assertThat(response.replicaTags()).hasSize(1);
        KeyMetadata seenFromUs = us.describeKey(b -> b.keyId(id)).keyMetadata();
        assertThat(seenFromUs.multiRegionConfiguration().multiRegionKeyTypeAsString()).isEqualTo("REPLICA");
        assertThat(seenFromUs.multiRegionConfiguration().primaryKey().region()).isEqualTo(KmsTestServer.REGION);
        KeyMetadata seenFromEu = eu.describeKey(b -> b.keyId(id)).keyMetadata();
        assertThat(seenFromEu.multiRegionConfiguration().multiRegionKeyTypeAsString()).isEqualTo("PRIMARY");
        assertThat(seenFromEu.multiRegionConfiguration().replicaKeys()).extracting(k -> k.region()).containsExactly(US);
        assertThat(errorCode(() -> us.describeKey(b -> b.keyId(primary())))).isEqualTo("NotFoundException");
    }

    @Test
    void refusesSingleRegionKeysAndRegionsThatHoldTheKey() {
        String single = eu.createKey(b -> b.origin(OriginType.EXTERNAL)).keyMetadata().keyId();
        assertThat(errorCode(() -> eu.replicateKey(b -> b.keyId(single).replicaRegion(US))))
                .isEqualTo("UnsupportedOperationException");

        String id = primary();
        eu.replicateKey(b -> b.keyId(id).replicaRegion(US));
        assertThat(errorCode(() -> eu.replicateKey(b -> b.keyId(id).replicaRegion(US))))
                .isEqualTo("AlreadyExistsException");
        assertThat(errorCode(() -> eu.replicateKey(b -> b.keyId(id).replicaRegion(KmsTestServer.REGION))))
                .isEqualTo("AlreadyExistsException");
        assertThat(errorCode(() -> us.replicateKey(b -> b.keyId(id).replicaRegion("ap-southeast-2"))))
                .isEqualTo("UnsupportedOperationException");
    }

    @Test
    void replicaTakesOnlyThePrimarysMaterialAndCiphertextCrossesRegions() {
        String id = primary();
        eu.replicateKey(b -> b.keyId(id).replicaRegion(US));
        assertThat(errorCode(() -> importInto(us, id, KEY_A, ImportType.EXISTING_KEY_MATERIAL)))
                .as("nothing in the primary yet").isEqualTo("IncorrectKeyMaterialException");
        importInto(eu, id, KEY_A, ImportType.NEW_KEY_MATERIAL);
        assertThat(errorCode(() -> importInto(us, id, KEY_B, ImportType.EXISTING_KEY_MATERIAL)))
                .isEqualTo("IncorrectKeyMaterialException");
        assertThat(kms.server().keyState(US, id)).contains("PendingImport");

        importInto(us, id, KEY_A, ImportType.EXISTING_KEY_MATERIAL);

        assertThat(kms.server().keyState(US, id)).contains("Enabled");
        assertThat(kms.server().currentMaterial(US, id)).contains(KEY_A);
        assertThat(us.describeKey(b -> b.keyId(id)).keyMetadata().currentKeyMaterialId())
                .isEqualTo(eu.describeKey(b -> b.keyId(id)).keyMetadata().currentKeyMaterialId());
        SdkBytes ciphertext = eu.encrypt(b -> b.keyId(id).plaintext(SdkBytes.fromUtf8String("across"))).ciphertextBlob();
        assertThat(us.decrypt(b -> b.ciphertextBlob(ciphertext)).plaintext().asUtf8String()).isEqualTo("across");
    }

    @Test
    void eachRegionHasItsOwnWrappingKeyAndToken() {
        String id = primary();
        eu.replicateKey(b -> b.keyId(id).replicaRegion(US));
        GetParametersForImportResponse euParameters = eu.getParametersForImport(b -> b.keyId(id)
                .wrappingAlgorithm("RSAES_OAEP_SHA_256").wrappingKeySpec("RSA_2048"));
        GetParametersForImportResponse usParameters = us.getParametersForImport(b -> b.keyId(id)
                .wrappingAlgorithm("RSAES_OAEP_SHA_256").wrappingKeySpec("RSA_2048"));
        assertThat(usParameters.publicKey()).isNotEqualTo(euParameters.publicKey());
        assertThat(usParameters.keyId()).contains(":us-east-1:");

        byte[] wrapped;
        try (SecretKeyMaterial key = SecretKeyMaterial.copyOf(KEY_A)) {
            wrapped = WrappingAlgorithm.RSAES_OAEP_SHA_256.wrap(WrappingPublicKey.parse(euParameters.publicKey()
                    .asByteArray(), "eu").key(), key, new SecureRandom());
        }
        assertThat(errorCode(() -> us.importKeyMaterial(b -> b.keyId(id).importToken(euParameters.importToken())
                .encryptedKeyMaterial(SdkBytes.fromByteArray(wrapped))
                .expirationModel(ExpirationModelType.KEY_MATERIAL_DOES_NOT_EXPIRE))))
                .isEqualTo("InvalidImportTokenException");
    }

    @Test
    void rotationWaitsUntilEveryReplicaHasTheNewMaterial() {
        String id = primary();
        eu.replicateKey(b -> b.keyId(id).replicaRegion(US));
        eu.replicateKey(b -> b.keyId(id).replicaRegion("ap-southeast-2"));
        KmsClient ap = kms.server().sdkClient("ap-southeast-2");
        try (ap) {
            importInto(eu, id, KEY_A, ImportType.NEW_KEY_MATERIAL);
            importInto(us, id, KEY_A, ImportType.EXISTING_KEY_MATERIAL);
            importInto(ap, id, KEY_A, ImportType.EXISTING_KEY_MATERIAL);
            importInto(eu, id, KEY_B, ImportType.NEW_KEY_MATERIAL);

            assertThat(states(eu, id)).contains("PENDING_MULTI_REGION_IMPORT_AND_ROTATION");
            KmsException refused = error(() -> eu.rotateKeyOnDemand(b -> b.keyId(id)));
            assertThat(refused.awsErrorDetails().errorCode()).isEqualTo("KMSInvalidStateException");
            assertThat(refused.awsErrorDetails().errorMessage()).contains("us-east-1, ap-southeast-2");
            assertThat(errorCode(() -> importInto(us, id, KEY_B, ImportType.NEW_KEY_MATERIAL)))
                    .isEqualTo("UnsupportedOperationException");
            importInto(us, id, KEY_B, ImportType.EXISTING_KEY_MATERIAL);
            assertThat(error(() -> eu.rotateKeyOnDemand(b -> b.keyId(id))).awsErrorDetails().errorMessage())
                    .contains("ap-southeast-2").doesNotContain("us-east-1");
            importInto(ap, id, KEY_B, ImportType.EXISTING_KEY_MATERIAL);
            assertThat(states(eu, id)).contains("PENDING_ROTATION").doesNotContain(
                    "PENDING_MULTI_REGION_IMPORT_AND_ROTATION");
            assertThat(errorCode(() -> us.rotateKeyOnDemand(b -> b.keyId(id))))
                    .isEqualTo("UnsupportedOperationException");

            eu.rotateKeyOnDemand(b -> b.keyId(id));

            assertThat(kms.server().currentMaterial(id)).contains(KEY_B);
            assertThat(kms.server().currentMaterial(US, id)).contains(KEY_B);
            assertThat(kms.server().currentMaterial("ap-southeast-2", id)).contains(KEY_B);
        }
    }

    @Test
    void primaryWithReplicasWaitsForThemBeforeDeletion() {
        String id = primary();
        eu.replicateKey(b -> b.keyId(id).replicaRegion(US));
        var response = eu.scheduleKeyDeletion(b -> b.keyId(id).pendingWindowInDays(7));
        assertThat(response.keyStateAsString()).isEqualTo("PendingReplicaDeletion");
        assertThat(response.deletionDate()).isNull();
        assertThat(kms.server().keyState(US, id)).contains("PendingImport");
    }

    static List<String> states(KmsClient client, String id) {
        return client.listKeyRotations(b -> b.keyId(id).includeKeyMaterial(IncludeKeyMaterial.ALL_KEY_MATERIAL))
                .rotations().stream().map(RotationsListEntry::keyMaterialStateAsString).toList();
    }
}
