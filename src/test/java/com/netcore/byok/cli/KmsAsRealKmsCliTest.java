package com.netcore.byok.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.netcore.byok.testing.Cli;
import com.netcore.byok.testing.Customer;
import com.netcore.byok.testing.TestKms;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator's command line against a test server as strict as real KMS: no STS for create-key, imports that
 * succeed although their check is refused, eventual consistency on every change, requests checked before sending,
 * the China Regions, rotation states, and the drill.
 */
class KmsAsRealKmsCliTest {
    @RegisterExtension
    static final TestKms kms = new TestKms();

    @TempDir
    Path dir;

    static Cli.Result ok(Cli.Result result) {
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        return result;
    }

    Path parameters(String key, String name) {
        ok(kms.run("get-parameters", "--key-id", key, "--wrapping-key-spec", "RSA_2048", "--out", dir.resolve(name).toString()));
        return dir.resolve(name);
    }

    Path wrapped(Path params, String keyHex, String name) throws Exception {
        return Customer.wrap(params, keyHex, dir.resolve(name));
    }

    Cli.Result importInto(String key, Path params, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("import", "--key-id", key, "--params", params.toString(), "--wrapped",
                out.toString(), "--log", dir.resolve("imports.log").toString(), "--no-expiry"));
        args.addAll(List.of(more));
        return kms.run(args.toArray(String[]::new));
    }

    @Test
    void createKeyNeedsNoStsAndGetsKmsDefaultKeyPolicy() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        String sts = System.getProperty("aws.endpointUrlSts");
        System.setProperty("aws.endpointUrlSts", "http://127.0.0.1:" + closed);
        try {
            Cli.Result created = ok(kms.run("create-key", "--alias", "a", "--description", "d", "--tag", "k=v"));
            String arn = created.out().strip();
            assertThat(kms.server().policy(arn).orElseThrow()).contains("\"Id\" : \"key-default-1\"",
                    "\"AWS\" : \"arn:aws:iam::111122223333:root\"", "\"Action\" : \"kms:*\"");
            assertThat(kms.server().tags(arn)).containsEntry("k", "v");
            assertThat(created.err()).contains("Key policy: default (root principal of account 111122223333 only)");
            assertThat(kms.server().operations()).doesNotContain("sts:GetCallerIdentity", "PutKeyPolicy");
        } finally {
            System.setProperty("aws.endpointUrlSts", sts);
        }
    }

    @Test
    void anImportWhoseCheckIsDeniedStillCountsAndSaysWhy() throws Exception {
        String arn = ok(kms.run("create-key")).out().strip();
        Path params = parameters(arn, "params");
        Path out = wrapped(params, Customer.KEY_HEX, "out");
        kms.server().deny("Encrypt", "Decrypt");

        Cli.Result imported = ok(importInto(arn, params, out, "--description", ""));
        assertThat(imported.out()).contains("Imported key material into " + arn, "Key material id: ",
                "Check: imported; not verified: Access denied", "kms:Encrypt", "Recorded in");
        assertThat(kms.server().calls("ImportKeyMaterial")).isEqualTo(1);
        assertThat(Files.readAllLines(dir.resolve("imports.log"))).hasSize(1);
        assertThat(kms.server().keyState(arn)).contains("Enabled");
    }

    @Test
    void theWholeFlowWorksWhileEveryChangeShowsTwoSecondsLate() throws Exception {
        kms.server().lag(Duration.ofSeconds(2));
        String arn = ok(kms.run("create-key", "--alias", "lagging")).out().strip();
        Path params = parameters("alias/lagging", "params");
        Cli.Result imported = ok(importInto("alias/lagging", params, wrapped(params, Customer.KEY_HEX, "out")));
        assertThat(imported.out()).contains("Key state: Enabled", "Check: Encrypt and Decrypt with the key work");
        assertThat(ok(kms.run("status", "--key-id", "alias/lagging")).out()).contains("State: Enabled");

        Path params2 = parameters(arn, "params2");
        Path out2 = wrapped(params2, Customer.OTHER_KEY_HEX, "out2");
        ok(importInto(arn, params2, out2, "--new-material"));
        assertThat(ok(kms.run("rotate", "--key-id", arn)).out()).startsWith("Rotated " + arn);
        assertThat(ok(kms.run("delete-material", "--key-id", arn,
                "--yes")).out()).contains("the key is now PendingImport");
        Cli.Result again = ok(importInto(arn, parameters(arn, "params3"),
                wrapped(dir.resolve("params3"), Customer.OTHER_KEY_HEX, "out3")));
        assertThat(again.out()).contains("(re-import of the same key material)", "Key state: Enabled",
                "Check: Encrypt and Decrypt with the key work");
        assertThat(kms.server().calls("ImportKeyMaterial")).isEqualTo(3);
    }

    @Test
    void requestsKmsWouldRefuseAreRefusedBeforeAnyCall() throws Exception {
        Cli.Result quote = kms.run("import", "--key-id", "alias/x", "--params", dir.toString(), "--wrapped",
                dir.toString(), "--no-expiry", "--description", "Bank A's key, 2027");
        assertThat(quote.exitCode()).isEqualTo(1);
        assertThat(quote.err()).hasLineCount(1).contains("contains the characters ' ,",
                "Use only letters A-Z a-z, digits, spaces and : / _ . -");
        assertThat(kms.run("create-key", "--alias", "a:b").err()).contains("is not a valid alias name").hasLineCount(1);
        assertThat(kms.run("create-key", "--tag", "aws:x=1").err()).contains("AWS reserves").hasLineCount(1);
        assertThat(kms.run("delete-material", "--key-id", "alias/x", "--key-material-id", "xyz", "--yes").err())
                .contains("64 hexadecimal characters").hasLineCount(1);
        assertThat(kms.run("schedule-deletion", "--key-id", "alias/x", "--days", "31",
                "--yes").exitCode()).isEqualTo(1);
        assertThat(kms.server().requestCount()).isZero();
    }

    @Test
    void theChinaRegionsAreRefusedBeforeAnyCall() {
        for (String region : List.of("cn-north-1", "cn-northwest-1")) {
            Cli.Result china = Cli.run("kms", "status", "--key-id", "alias/x", "--region", region, "--endpoint-url",
                    kms.endpoint().toString());
            assertThat(china.exitCode()).isEqualTo(1);
            assertThat(china.err()).hasLineCount(1).contains("Region " + region + " is in AWS China",
                    "128-bit SM4", "256-bit AES keys only");
        }
        assertThat(kms.server().requestCount()).isZero();
    }

    @Test
    void oneNewMaterialAtATimeAndRotationNeedsItImported() throws Exception {
        String arn = ok(kms.run("create-key")).out().strip();
        Path params = parameters(arn, "params");
        ok(importInto(arn, params, wrapped(params, Customer.KEY_HEX, "out")));
        Path params2 = parameters(arn, "params2");
        ok(importInto(arn, params2, wrapped(params2, Customer.OTHER_KEY_HEX, "out2"), "--new-material"));
        String pending = ok(kms.run("status", "--key-id",
                arn)).out().lines().filter(l -> l.contains("PENDING_ROTATION"))
                .findFirst().orElseThrow().strip().substring(0, 64);

        Path params3 = parameters(arn, "params3");
        Cli.Result second = importInto(arn, params3, wrapped(params3, Customer.THIRD_KEY_HEX, "out3"), "--new-material");
        assertThat(second.exitCode()).isEqualTo(1);
        assertThat(second.err()).hasLineCount(1).contains("already has new key material " + pending,
                "Rotate to it first", "--key-material-id " + pending);
        assertThat(kms.server().calls("ImportKeyMaterial")).isEqualTo(2);

        Cli.Result deleted = ok(kms.run("delete-material", "--key-id", arn, "--key-material-id", pending, "--yes"));
        assertThat(deleted.out()).contains("the key is now Enabled", "a re-import may carry any key material already "
                + "associated with the key");
        Cli.Result rotate = kms.run("rotate", "--key-id", arn);
        assertThat(rotate.exitCode()).isEqualTo(1);
        assertThat(rotate.err()).hasLineCount(1).containsAnyOf("is PENDING_ROTATION but not imported",
                "has no new key material waiting for rotation");
        assertThat(kms.server().calls("RotateKeyOnDemand")).isZero();
    }

    @Test
    void theDrillRunsTheWholeCeremonyAndDeletesItsKey() {
        Cli.Result drill = ok(kms.run("drill", "--wrapping-key-spec", "RSA_2048"));
        assertThat(drill.out()).contains("ok   Create a drill key", "[kms:CreateKey, kms:TagResource]",
                "[kms:GetParametersForImport]", "[kms:DescribeKey, kms:ImportKeyMaterial]",
                "[kms:DescribeKey, kms:Encrypt, kms:Decrypt]", "[kms:DeleteImportedKeyMaterial]",
                "[kms:RotateKeyOnDemand, kms:ListKeyRotations]", "[kms:ScheduleKeyDeletion]", "Drill passed")
                .doesNotContain("FAIL");
        String arn = drill.out().replaceAll("(?s).*The drill key (\\S+) is scheduled.*", "$1");
        assertThat(kms.server().keyState(arn)).contains("PendingDeletion");
        assertThat(kms.server().tags(arn)).containsEntry("byok-wizard", "drill");
        assertThat(kms.server().calls("ImportKeyMaterial")).isEqualTo(3);
        assertThat(kms.server().calls("RotateKeyOnDemand")).isEqualTo(1);
    }

    @Test
    void aDrillWithoutImportPermissionNamesItAndStillDeletesItsKey() {
        kms.server().deny("ImportKeyMaterial");
        Cli.Result drill = kms.run("drill", "--wrapping-key-spec", "RSA_2048");
        assertThat(drill.exitCode()).isEqualTo(1);
        assertThat(drill.out()).contains("FAIL Import the key material", "missing permission kms:ImportKeyMaterial",
                "Drill FAILED", "ok   Schedule deletion of the drill key");
        String arn = drill.out().replaceAll("(?s).*The drill key (\\S+) is scheduled.*", "$1");
        assertThat(kms.server().calls("CreateKey")).isEqualTo(1);
        assertThat(kms.server().keyState(arn)).contains("PendingDeletion");
    }
}
