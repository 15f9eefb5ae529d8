package com.netcore.byok.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.netcore.byok.core.ByokException;
import com.netcore.byok.core.ImportReadme;
import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.kms.testserver.KmsTestServer;
import com.netcore.byok.testing.Customer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kms.model.OriginType;

/** The kms API against the local KMS test server, through the real SDK: every action and its results. */
class KmsOperationsTest extends KmsFixture {

    @Test
    void createKeyMakesAnExternalKeyWithAliasTagsAndTheRootOnlyPolicyOfTheCallersAccount() {
        CreatedKey created = kms.createKey(new NewKey(Optional.of("bank-a"), Optional.of("Bank A BYOK"),
                Map.of("customer", "bank-a"), false, Optional.empty()));

        KeyInfo key = created.key();
        assertThat(key.origin()).isEqualTo("EXTERNAL");
        assertThat(key.keySpec()).isEqualTo("SYMMETRIC_DEFAULT");
        assertThat(key.keyUsage()).isEqualTo("ENCRYPT_DECRYPT");
        assertThat(key.state()).isEqualTo(KeyInfo.PENDING_IMPORT);
        assertThat(key.multiRegion()).isFalse();
        assertThat(key.description()).contains("Bank A BYOK");
        assertThat(created.alias()).contains("alias/bank-a");
        assertThat(created.defaultPolicy()).isTrue();
        // No policy is sent: KMS applies its default key policy (root principal, kms:*), which we report as is.
        assertThat(server.policy(key.arn()).orElseThrow()).contains("\"AWS\" : \"arn:aws:iam::111122223333:root\"",
                "\"Action\" : \"kms:*\"", "\"Id\" : \"key-default-1\"");
        assertThat(created.policy()).contains("\"Principal\": {\"AWS\": \"arn:aws:iam::111122223333:root\"}",
                "\"Action\": \"kms:*\"");
        assertThat(server.tags(key.arn())).isEqualTo(Map.of("customer", "bank-a"));
        assertThat(kms.describe("alias/bank-a").arn()).isEqualTo(key.arn());
        assertThat(server.operations()).contains("CreateKey", "CreateAlias")
                .doesNotContain("sts:GetCallerIdentity", "PutKeyPolicy");
    }

    @Test
    void anExplicitAccountNeedsNoStsAndMultiRegionIsOptional() {
        KeyInfo key = kms.createKey(new NewKey(Optional.empty(), Optional.empty(), Map.of(), true, Optional.empty()),
                Optional.of("444455556666")).key();

        assertThat(key.multiRegion()).isTrue();
        assertThat(key.keyId()).startsWith("mrk-");
        // No policy is sent, so the key gets KMS's default policy for the key's own account.
        assertThat(server.policy(key.arn()).orElseThrow()).contains("arn:aws:iam::111122223333:root");
        assertThat(server.operations()).containsExactly("CreateKey");
        assertThatThrownBy(() -> kms.account("4444")).hasMessageContaining("is not an AWS account id (12 digits)");
    }

    @Test
    void ownPolicyFileIsCheckedAndUsed() throws Exception {
        Path good = dir.resolve("policy.json");
        // KMS refuses a sent policy that would lock the caller out of kms:PutKeyPolicy, so a real one keeps it.
        Files.writeString(good, KeyPolicy.rootOnly("arn:aws:iam::111122223333:root")
                .replace("\"kms:*\"", "[\"kms:Describe*\", \"kms:PutKeyPolicy\"]"));
        KeyInfo key = kms.createKey(new NewKey(Optional.empty(), Optional.empty(), Map.of(), false,
                Optional.of(KeyPolicy.load(good)))).key();
        assertThat(server.policy(key.arn()).orElseThrow()).contains("kms:Describe*");
        assertThat(server.operations()).doesNotContain("sts:GetCallerIdentity");
        Path lockout = dir.resolve("lockout.json");
        Files.writeString(lockout, KeyPolicy.rootOnly("arn:aws:iam::111122223333:root").replace("kms:*", "kms:Describe*"));
        assertThatThrownBy(() -> kms.createKey(new NewKey(Optional.empty(), Optional.empty(), Map.of(), false,
                Optional.of(KeyPolicy.load(lockout))))).hasMessageStartingWith("KMS refused the key policy");

        Files.writeString(dir.resolve("bad.json"), "{\"Statement\": [");
        assertThatThrownBy(() -> KeyPolicy.load(dir.resolve("bad.json")))
                .hasMessageStartingWith("Key policy file " + dir.resolve("bad.json") + " is not valid JSON");
        Files.writeString(dir.resolve("empty.json"), "{}");
        assertThatThrownBy(() -> KeyPolicy.load(dir.resolve("empty.json"))).hasMessageContaining("has no \"Statement\"");
    }

    @Test
    void aTakenAliasStopsCreateKeyBeforeAnyKeyIsMade() {
        kms.createKey(new NewKey(Optional.of("alias/taken"), Optional.empty(), Map.of(), false, Optional.empty()),
                Optional.of(KmsTestServer.ACCOUNT));
        server.clearRequests();

        assertThatThrownBy(() -> kms.createKey(new NewKey(Optional.of("taken"), Optional.empty(), Map.of(), false,
                Optional.empty()), Optional.of(KmsTestServer.ACCOUNT)))
                .hasMessageStartingWith("Alias alias/taken already points to key arn:aws:kms:")
                .hasMessageEndingWith("No key was created.");
        assertThat(server.operations()).doesNotContain("CreateKey");
        assertThatThrownBy(() -> Aliases.normalize("alias/aws/ebs")).hasMessageContaining("reserves");
        assertThatThrownBy(() -> Aliases.normalize("bad name")).hasMessageContaining("is not a valid alias name");
    }

    @Test
    void getParametersWritesTheFolderTheCustomerReadsExactly() throws Exception {
        KeyInfo key = newKey();
        Instant before = Instant.now();

        DownloadedParameters parameters = kms.getParameters(key.keyId(), WrappingAlgorithm.RSAES_OAEP_SHA_1,
                WrappingKeySpec.RSA_2048);
        List<Path> files = parameters.writeTo(dir.resolve("new-folder"), false).files();

        Path folder = dir.resolve("new-folder");
        assertThat(files).containsExactly(folder.resolve("WrappingPublicKey.bin"), folder.resolve("ImportToken.bin"),
                folder.resolve("README.txt"));
        assertThat(Files.readAllBytes(folder.resolve("WrappingPublicKey.bin"))).isEqualTo(parameters.publicKey().der())
                .startsWith(0x30, 0x82);
        assertThat(Files.readAllBytes(folder.resolve("ImportToken.bin"))).isEqualTo(parameters.importToken());
        ImportReadme readme = ImportReadme.load(folder.resolve("README.txt"));
        assertThat(readme.ownFormat()).isTrue();
        assertThat(readme.keyArn()).contains(key.arn());
        assertThat(readme.algorithm()).contains(WrappingAlgorithm.RSAES_OAEP_SHA_1);
        assertThat(readme.keySpecBits()).contains(2048);
        assertThat(readme.fingerprint()).contains(Customer.sha256(parameters.publicKey().der()));
        assertThat(readme.validTo().orElseThrow()).isEqualTo(parameters.validTo())
                .isBetween(before.plus(Duration.ofHours(24)).minusSeconds(2), before.plus(Duration.ofHours(24)).plusSeconds(60));
        assertThat(parameters.publicKey().fingerprintGrouped()).matches("([0-9A-F]{4} ){15}[0-9A-F]{4}");
        assertThatThrownBy(() -> parameters.writeTo(folder, false)).hasMessageContaining("already holds");
    }

    @Test
    void getParametersRefusesWhatKmsWouldRefuse() {
        KeyInfo key = newKey();
        server.clearRequests();
        assertThatThrownBy(() -> kms.getParameters(key.arn(), WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_256,
                WrappingKeySpec.RSA_2048)).hasMessageContaining("only for RSA and ECC key material");
        assertThat(server.requestCount()).isZero();

        String awsKey;
        try (var sdk = server.sdkClient()) {
            awsKey = sdk.createKey(b -> b.origin(OriginType.AWS_KMS)).keyMetadata().arn();
        }
        assertThatThrownBy(() -> kms.getParameters(awsKey, WrappingAlgorithm.RSAES_OAEP_SHA_256,
                WrappingKeySpec.RSA_2048)).hasMessage("Key " + awsKey + " has Origin AWS_KMS (KMS made its key "
                + "material), so you cannot download import parameters for it. Create a key for imported material "
                + "with 'kms create-key'.");
        assertThat(server.operations()).doesNotContain("GetParametersForImport");
    }

    @Test
    void importProvesTheKeyWorksAndAppendsOneLineToTheLog() throws Exception {
        KeyInfo key = newKey();
        Path params = params(key, "params");
        Path out = wrap(params, Customer.KEY_HEX, "out");
        Instant validTo = Instant.now().plus(Duration.ofDays(90)).truncatedTo(ChronoUnit.SECONDS);

        ImportResult result = kms.importMaterial(new ImportRequest(key.arn(), params, out, Expiry.at(validTo), false,
                Optional.of("Bank A 2026"), log()));

        assertThat(result.kind()).isEqualTo(ImportKind.FIRST_IMPORT);
        assertThat(result.key().state()).isEqualTo(KeyInfo.ENABLED);
        assertThat(result.key().validTo()).contains(validTo);
        assertThat(result.keyMaterialId()).matches("[0-9a-f]{64}").isEqualTo(result.key().currentKeyMaterialId().orElseThrow());
        assertThat(result.verified()).isTrue();
        assertThat(server.currentMaterial(key.arn()).orElseThrow()).isEqualTo(HexFormat.of().parseHex(Customer.KEY_HEX));
        assertThat(server.operations()).containsSubsequence("DescribeKey", "ImportKeyMaterial", "DescribeKey",
                "Encrypt", "Decrypt");
        List<String> lines = Files.readAllLines(log());
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ import key=" + key.arn()
                + " key-material-id=" + result.keyMaterialId() + " type=FIRST_IMPORT receipt-sha256=[0-9a-f]{64} "
                + "wrapped-sha256=[0-9a-f]{64} kcv=[0-9A-F]{6} expires=" + validTo);
        assertThat(lines.get(0)).contains("receipt-sha256=" + Customer.sha256(Files.readAllBytes(
                out.resolve("CustomerEncryptionKey-receipt.txt"))));

        KeyStatus status = kms.status(key.arn());
        assertThat(status.daysLeft()).contains(89L);
        assertThat(status.expiresSoon()).isFalse();
        assertThat(status.materials()).singleElement().satisfies(m -> {
            assertThat(m.materialState()).isEqualTo(KeyMaterialInfo.CURRENT);
            assertThat(m.importState()).isEqualTo(KeyMaterialInfo.IMPORTED);
            assertThat(m.description()).contains("Bank A 2026");
        });
    }

    @Test
    void reimportOfTheSameBytesWorksAfterDeletionAndDifferentBytesAreRefused() throws Exception {
        KeyInfo key = importedKey(Customer.KEY_HEX);
        String materialId = key.currentKeyMaterialId().orElseThrow();

        KeyInfo deleted = kms.deleteMaterial(key.arn(), Optional.empty());
        assertThat(deleted.state()).isEqualTo(KeyInfo.PENDING_IMPORT);
        assertThat(kms.status(key.arn()).materials()).singleElement()
                .satisfies(m -> assertThat(m.importState()).isEqualTo("PENDING_IMPORT"));

        Path params = params(key, "again");
        ByokException refused = (ByokException) org.assertj.core.api.Assertions.catchThrowable(() ->
                kms.importMaterial(request(key, params, wrap(params, Customer.OTHER_KEY_HEX, "other"), false)));
        assertThat(refused).hasMessageStartingWith("KMS refused the key material for key " + key.arn())
                .hasMessageContaining("must carry exactly the same key bytes");

        ImportResult again = kms.importMaterial(request(key, params, wrap(params, Customer.KEY_HEX, "same"), false));
        assertThat(again.kind()).isEqualTo(ImportKind.EXISTING_KEY_MATERIAL);
        assertThat(again.keyMaterialId()).isEqualTo(materialId);
        assertThat(again.key().state()).isEqualTo(KeyInfo.ENABLED);
        assertThat(again.verified()).isTrue();
        assertThat(Files.readAllLines(log())).hasSize(2).last().asString().contains("type=EXISTING_KEY_MATERIAL");
    }

    @Test
    void onDemandRotationImportsNewMaterialThenMakesItCurrent() throws Exception {
        KeyInfo key = importedKey(Customer.KEY_HEX);
        String first = key.currentKeyMaterialId().orElseThrow();
        server.clearRequests();
        assertThatThrownBy(() -> kms.rotateOnDemand(key.arn())).hasMessageContaining("has no new key material waiting "
                + "for rotation");
        assertThat(server.operations()).doesNotContain("RotateKeyOnDemand");

        Path params = params(key, "rotation");
        ByokException sameBytes = (ByokException) org.assertj.core.api.Assertions.catchThrowable(() ->
                kms.importMaterial(request(key, params, wrap(params, Customer.KEY_HEX, "same"), true)));
        assertThat(sameBytes).hasMessageStartingWith("KMS refused the key material");

        ImportResult pending = kms.importMaterial(request(key, params, wrap(params, Customer.OTHER_KEY_HEX, "new"), true));
        assertThat(pending.kind()).isEqualTo(ImportKind.NEW_KEY_MATERIAL);
        assertThat(pending.verification()).contains("becomes current with 'kms rotate'");
        assertThat(kms.status(key.arn()).pendingRotation()).map(KeyMaterialInfo::id).contains(pending.keyMaterialId());

        Rotation rotation = kms.rotateOnDemand(key.arn());

        assertThat(rotation.previousMaterialId()).contains(first);
        assertThat(rotation.newMaterialId()).isEqualTo(pending.keyMaterialId());
        KeyStatus status = kms.status(key.arn());
        assertThat(status.materials()).extracting(KeyMaterialInfo::id, KeyMaterialInfo::materialState).containsExactly(
                org.assertj.core.groups.Tuple.tuple(first, KeyMaterialInfo.NON_CURRENT),
                org.assertj.core.groups.Tuple.tuple(pending.keyMaterialId(), KeyMaterialInfo.CURRENT));
        assertThat(status.materials().get(1).rotationType()).contains("ON_DEMAND");
        kms.roundTrip(status.key());
    }

    @Test
    void newMaterialNeedsAKeyThatAlreadyHasMaterial() throws Exception {
        KeyInfo key = newKey();
        Path params = params(key, "params");
        Path out = wrap(params, Customer.KEY_HEX, "out");
        server.clearRequests();
        assertThatThrownBy(() -> kms.importMaterial(request(key, params, out, true)))
                .hasMessageContaining("has no key material yet, so there is nothing to rotate");
        assertThat(server.operations()).containsExactly("DescribeKey");
    }

    @Test
    void moveAliasCreatesUpdatesAndLeavesAloneAsNeeded() {
        KeyInfo oldKey = newKey();
        KeyInfo newKey = newKey();

        AliasMove created = kms.moveAlias("customer-x", oldKey.keyId());
        assertThat(created.previousKeyArn()).isEmpty();
        assertThat(created.changed()).isTrue();
        AliasMove moved = kms.moveAlias("alias/customer-x", newKey.arn());
        assertThat(moved.previousKeyArn()).contains(oldKey.arn());
        assertThat(kms.describe("alias/customer-x").arn()).isEqualTo(newKey.arn());
        server.clearRequests();
        assertThat(kms.moveAlias("customer-x", newKey.arn()).changed()).isFalse();
        assertThat(server.operations()).doesNotContain("UpdateAlias", "CreateAlias");
        assertThat(kms.status(newKey.arn()).aliases()).containsExactly("alias/customer-x");
        assertThat(kms.status(oldKey.arn()).aliases()).isEmpty();
    }

    @Test
    void deleteMaterialChecksTheMaterialIdItIsGiven() throws Exception {
        KeyInfo key = importedKey(Customer.KEY_HEX);
        assertThatThrownBy(() -> kms.deleteMaterial(key.arn(), Optional.of("ABC")))
                .hasMessageContaining("are 64 hexadecimal characters (0-9, a-f)");
        assertThatThrownBy(() -> kms.deleteMaterial(key.arn(), Optional.of("0".repeat(64))))
                .hasMessageContaining("has no key material " + "0".repeat(64) + "; it has "
                        + key.currentKeyMaterialId().orElseThrow());
        assertThat(kms.deleteMaterial(key.arn(), key.currentKeyMaterialId()).state()).isEqualTo(KeyInfo.PENDING_IMPORT);
        assertThat(Consequences.deleteMaterial(key, Optional.empty())).contains("makes the key unusable at once");
    }

    @Test
    void disableAndScheduleDeletionStopTheKeyAndLaterImportsSayWhy() throws Exception {
        KeyInfo key = importedKey(Customer.KEY_HEX);
        Path params = params(key, "params");
        Path out = wrap(params, Customer.KEY_HEX, "out");

        assertThat(kms.disable(key.arn()).state()).isEqualTo(KeyInfo.DISABLED);
        server.clearRequests();
        assertThatThrownBy(() -> kms.importMaterial(request(key, params, out, false)))
                .hasMessage("Key " + key.arn() + " is Disabled; KMS imports key material only into a key that is "
                        + "PendingImport or Enabled. Enable it first (aws kms enable-key) if that is intended. Nothing "
                        + "was imported.");
        assertThat(server.operations()).containsExactly("DescribeKey");

        assertThatThrownBy(() -> kms.scheduleDeletion(key.arn(), 6)).hasMessageContaining("must be 7 to 30 days");
        KeyInfo scheduled = kms.scheduleDeletion(key.arn(), 7);
        assertThat(scheduled.state()).isEqualTo(KeyInfo.PENDING_DELETION);
        assertThat(scheduled.deletionDate().orElseThrow()).isBetween(Instant.now().plus(Duration.ofDays(7)).minusSeconds(60),
                Instant.now().plus(Duration.ofDays(7)).plusSeconds(60));
        assertThatThrownBy(() -> kms.getParameters(key.arn(), WrappingAlgorithm.RSAES_OAEP_SHA_256,
                WrappingKeySpec.RSA_2048)).hasMessageContaining("is pending deletion, so you cannot download import "
                + "parameters for it. Cancel the deletion first (aws kms cancel-key-deletion)");
        assertThatThrownBy(() -> kms.scheduleDeletion(key.arn(), 30)).hasMessageContaining("already scheduled");
    }

    @Test
    void expiringMaterialIsWarnedAboutAndExpiredMaterialStopsTheKey() throws Exception {
        KeyInfo key = newKey();
        Path params = params(key, "params");
        Path out = wrap(params, Customer.KEY_HEX, "out");
        kms.importMaterial(new ImportRequest(key.arn(), params, out, Expiry.at(Instant.now().plus(Duration.ofDays(10))),
                false, Optional.empty(), log()));

        KeyStatus soon = kms.status(key.arn());
        assertThat(soon.daysLeft()).contains(9L);
        assertThat(soon.expiresSoon()).isTrue();

        server.clock().advance(Duration.ofDays(11));
        KeyStatus expired = kms.status(key.arn());
        assertThat(expired.key().state()).isEqualTo(KeyInfo.PENDING_IMPORT);
        assertThat(expired.materials()).singleElement().satisfies(m -> assertThat(m.isImported()).isFalse());
    }
}
