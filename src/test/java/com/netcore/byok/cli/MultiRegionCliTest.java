package com.netcore.byok.cli;

import static com.netcore.byok.testing.TestKms.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.netcore.byok.kms.testserver.KmsTestServer;
import com.netcore.byok.testing.Cli;
import com.netcore.byok.testing.Customer;
import com.netcore.byok.testing.TestKms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * The multi-Region ceremony from the operator's command line against the test server: a primary in eu-west-1,
 * replicas in us-east-1 and ap-southeast-2, one customer key wrapped once for every Region's own parameters,
 * imports per Region, status across Regions, and a rotation that waits for every replica.
 */
class MultiRegionCliTest {
    static final String EU = KmsTestServer.REGION;
    static final String US = "us-east-1";
    static final String AP = "ap-southeast-2";
    @RegisterExtension
    static final TestKms kms = new TestKms();

    @TempDir
    Path dir;

    static Cli.Result refused(Cli.Result result) {
        assertThat(result.exitCode()).as(result.out()).isEqualTo(1);
        assertThat(result.err()).startsWith("error: ").hasLineCount(1).doesNotContain("Exception");
        return result;
    }

    String primary() {
        return ok(kms.runIn(EU, "create-key", "--multi-region", "--account", KmsTestServer.ACCOUNT)).out().strip();
    }

    Path parameters(String region, String keyId, String name) {
        ok(kms.runIn(region, "get-parameters", "--key-id", keyId, "--wrapping-key-spec", "RSA_2048", "--out",
                dir.resolve(name).toString()));
        return dir.resolve(name);
    }

    /** One key wrapped once for every Region's parameters: OUT/<region>/..., as the customer's wrap writes it. */
    Path wrapOnce(String keyHex, String name, Path... params) throws Exception {
        Path keyFile = dir.resolve(name + ".hex");
        Files.writeString(keyFile, keyHex);
        Path out = Files.createDirectory(dir.resolve(name));
        List<String> args = new ArrayList<>(List.of("wrap", "--key-file", keyFile.toString(), "--out", out.toString()));
        for (Path folder : params) {
            args.addAll(List.of("--params", folder.toString()));
        }
        ok(Cli.run(args.toArray(String[]::new)));
        return out;
    }

    Cli.Result importInto(String region, String keyId, Path params, Path wrapped, String... more) {
        List<String> args = new ArrayList<>(List.of("import", "--key-id", keyId, "--params", params.toString(),
                "--wrapped", wrapped.toString(), "--log", dir.resolve("imports.log").toString(), "--no-expiry"));
        args.addAll(List.of(more));
        return kms.runIn(region, args.toArray(String[]::new));
    }

    @Test
    void oneKeyForThreeRegionsThenARotationThatWaitsForEveryReplica() throws Exception {
        String primaryArn = primary();
        assertThat(primaryArn).matches("arn:aws:kms:eu-west-1:111122223333:key/mrk-[0-9a-f]{32}");
        String id = primaryArn.substring(primaryArn.indexOf("key/") + 4);
        Cli.Result replicated = ok(kms.runIn(EU, "replicate", "--key-id", primaryArn, "--to-region", US,
                "--description", "Bank A (US)", "--tag", "customer=bank-a"));
        assertThat(replicated.out()).contains("Replicated " + primaryArn + " to us-east-1.",
                "Replica: arn:aws:kms:us-east-1:111122223333:key/" + id, "State: PendingImport");
        ok(kms.runIn(EU, "replicate", "--key-id", id, "--to-region", AP));

        // three parameter sets, each naming its own Region's key ARN; one key wrapped for all three
        Path euParams = parameters(EU, id, "params-eu");
        Path usParams = parameters(US, id, "params-us");
        Path apParams = parameters(AP, id, "params-ap");
        assertThat(Files.readString(usParams.resolve("README.txt"))).contains("arn:aws:kms:us-east-1:111122223333:key/"
                + id);
        Path wrapped = wrapOnce(Customer.KEY_HEX, "out", euParams, usParams, apParams);
        Path euOut = wrapped.resolve(EU);
        Path usOut = wrapped.resolve(US);
        Path apOut = wrapped.resolve(AP);

        // the eu-west-1 folders never reach the us-east-1 replica
        kms.server().clearRequests();
        assertThat(refused(importInto(US, id, euParams, euOut)).err()).contains("Region eu-west-1",
                "this import goes to Region us-east-1", "Nothing was sent to KMS.");
        assertThat(refused(importInto(US, id, usParams, euOut)).err()).contains("was wrapped for the wrapping public key",
                "Nothing was sent to KMS.");
        assertThat(kms.server().calls("ImportKeyMaterial")).isZero();
        assertThat(kms.server().requestCount()).isZero();

        assertThat(ok(importInto(EU, id, euParams, euOut)).out()).contains("(first import)", "Key state: Enabled");
        Cli.Result halfway = ok(kms.runIn(EU, "status", "--key-id", id));
        assertThat(halfway.out()).contains("Multi-Region key " + id + " in 3 Regions:", "The replica in us-east-1 has no "
                + "usable key material (PendingImport)", "The replica in ap-southeast-2 has no usable key material");
        assertThat(ok(importInto(US, id, usParams, usOut)).out()).contains("Imported key material into "
                + "arn:aws:kms:us-east-1:111122223333:key/" + id, "Key state: Enabled");
        ok(importInto(AP, id, apParams, apOut));

        Cli.Result status = ok(kms.runIn(US, "status", "--key-id", id));
        String current = kms.server().sdkClient().describeKey(b -> b.keyId(id)).keyMetadata().currentKeyMaterialId();
        assertThat(status.out()).contains("eu-west-1        primary  Enabled          never                  " + current,
                "us-east-1        replica  Enabled          never                  " + current,
                "ap-southeast-2   replica  Enabled          never                  " + current,
                "All Regions agree").doesNotContain("WARNING");

        // encrypt in one Region, decrypt in another
        try (KmsClient eu = kms.server().sdkClient(); KmsClient ap = kms.server().sdkClient(AP)) {
            SdkBytes ciphertext = eu.encrypt(b -> b.keyId(id).plaintext(SdkBytes.fromUtf8String("payroll")))
                    .ciphertextBlob();
            assertThat(ap.decrypt(b -> b.ciphertextBlob(ciphertext)).plaintext().asUtf8String()).isEqualTo("payroll");
        }

        // rotation: new material into the primary, then every replica, then rotate on the primary
        Path wrapped2 = wrapOnce(Customer.OTHER_KEY_HEX, "out2", parameters(EU, id, "params2-eu"),
                parameters(US, id, "params2-us"), parameters(AP, id, "params2-ap"));
        Path euOut2 = wrapped2.resolve(EU);
        Path usOut2 = wrapped2.resolve(US);
        Path apOut2 = wrapped2.resolve(AP);
        ok(importInto(EU, id, dir.resolve("params2-eu"), euOut2, "--new-material"));
        assertThat(ok(kms.runIn(EU, "status", "--key-id", id)).out()).contains("waits for import in us-east-1, "
                + "ap-southeast-2 (PENDING_MULTI_REGION_IMPORT_AND_ROTATION)");
        kms.server().clearRequests();
        assertThat(refused(kms.runIn(EU, "rotate", "--key-id", id)).err()).contains("is not yet imported in us-east-1, "
                + "ap-southeast-2", "Nothing was rotated.");
        assertThat(kms.server().calls("RotateKeyOnDemand")).isZero();
        assertThat(ok(importInto(US, id, dir.resolve("params2-us"), usOut2, "--new-material")).out())
                .contains("(re-import of the same key material)");
        assertThat(refused(kms.runIn(EU, "rotate", "--key-id",
                id)).err()).contains("is not yet imported in ap-southeast-2 (")
                .doesNotContain("us-east-1");
        assertThat(refused(kms.runIn(US, "rotate", "--key-id", id)).err()).contains("is a replica",
                "--region eu-west-1 --key-id " + primaryArn);
        ok(importInto(AP, id, dir.resolve("params2-ap"), apOut2, "--new-material"));
        ok(kms.runIn(EU, "rotate", "--key-id", id));

        String rotated = kms.server().sdkClient().describeKey(b -> b.keyId(id)).keyMetadata().currentKeyMaterialId();
        assertThat(rotated).isNotEqualTo(current);
        assertThat(ok(kms.runIn(AP, "status", "--key-id",
                id)).out()).contains("ap-southeast-2   replica  Enabled          "
                + "never                  " + rotated, "All Regions agree");
    }

    @Test
    void replicateRefusesSingleRegionKeysReplicasAndRegionsThatHoldTheKeyBeforeTheCall() {
        String single = ok(kms.runIn(EU, "create-key", "--account", KmsTestServer.ACCOUNT)).out().strip();
        String primaryArn = primary();
        String id = primaryArn.substring(primaryArn.indexOf("key/") + 4);
        ok(kms.runIn(EU, "replicate", "--key-id", id, "--to-region", US));
        kms.server().clearRequests();

        assertThat(refused(kms.runIn(EU, "replicate", "--key-id", single, "--to-region", US)).err())
                .contains("is a single-Region key", "'kms create-key --multi-region'");
        assertThat(refused(kms.runIn(EU, "replicate", "--key-id", id, "--to-region", US)).err())
                .contains("Region us-east-1 already holds this multi-Region key", "a replica");
        assertThat(refused(kms.runIn(EU, "replicate", "--key-id", id, "--to-region", EU)).err())
                .contains("Region eu-west-1 already holds this multi-Region key", "the primary");
        assertThat(refused(kms.runIn(US, "replicate", "--key-id", id, "--to-region", AP)).err())
                .contains("is a replica", "--region eu-west-1");
        assertThat(refused(kms.runIn(EU, "replicate", "--key-id", id, "--to-region", "Mars")).err())
                .contains("--to-region 'Mars' is not an AWS Region name");
        assertThat(kms.server().calls("ReplicateKey")).isZero();
    }

    @Test
    void revokingAMultiRegionKeyExplainsWhatHappensToTheOtherRegions() {
        String primaryArn = primary();
        ok(kms.runIn(EU, "replicate", "--key-id", primaryArn, "--to-region", US));

        Cli.Result deletion = kms.runIn(question -> Optional.empty(), EU, "schedule-deletion", "--key-id", primaryArn);
        assertThat(refused(deletion).err()).contains("KMS does not delete a primary key while it has replicas",
                "PendingReplicaDeletion");
        Cli.Result material = kms.runIn(question -> Optional.empty(), US, "delete-material", "--key-id", primaryArn
                .replace(EU, US));
        assertThat(refused(material).err()).contains("this deletes it in this Region only");
        Cli.Result scheduled = ok(kms.runIn(EU, "schedule-deletion", "--key-id", primaryArn, "--days", "7", "--yes"));
        assertThat(scheduled.out()).contains(primaryArn);
        assertThat(kms.server().keyState(EU, primaryArn)).contains("PendingReplicaDeletion");
        assertThat(kms.server().keyState(US, primaryArn.replace(EU, US))).contains("PendingImport");
    }
}
