package com.netcore.byok.cli;

import static com.netcore.byok.testing.TestKms.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.netcore.byok.kms.testserver.KmsTestServer;
import com.netcore.byok.testing.Cli;
import com.netcore.byok.testing.Customer;
import com.netcore.byok.testing.TestKms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The operator's command line end to end, with the customer's `wrap` in between, against the KMS test server. */
class KmsCliTest {
    @RegisterExtension
    static final TestKms kms = new TestKms();

    @TempDir
    Path dir;

    String createKey(String alias) {
        return ok(kms.run("create-key", "--alias", alias, "--account", KmsTestServer.ACCOUNT)).out().strip();
    }

    Path parameters(String key, String name) {
        ok(kms.run("get-parameters", "--key-id", key, "--wrapping-key-spec", "RSA_2048", "--out", dir.resolve(name).toString()));
        return dir.resolve(name);
    }

    Path customerWraps(Path params, String keyHex, String name) throws Exception {
        Path keyFile = dir.resolve(name + ".hex");
        Files.writeString(keyFile, keyHex);
        Path out = Files.createDirectory(dir.resolve(name));
        // --allow-weak-key: Customer.THIRD_KEY_HEX is a patterned test key
        ok(Cli.run("wrap", "--params", params.toString(), "--key-file", keyFile.toString(), "--out", out.toString(),
                "--allow-weak-key"));
        return out;
    }

    Cli.Result importInto(String key, Path params, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("import", "--key-id", key, "--params", params.toString(), "--wrapped",
                out.toString(), "--log", dir.resolve("imports.log").toString()));
        args.addAll(List.of(more));
        return kms.run(args.toArray(String[]::new));
    }

    @Test
    void aWholeCeremonyRotationRevocationAndReimport() throws Exception {
        Cli.Result created = ok(kms.run("create-key", "--alias", "bank-a", "--description", "Bank A BYOK", "--tag",
                "customer=bank-a"));
        String arn = created.out().strip();
        assertThat(created.out()).matches("arn:aws:kms:eu-west-1:111122223333:key/[0-9a-f-]{36}\n");
        assertThat(created.err()).contains("Created key " + arn + " (Origin EXTERNAL, SYMMETRIC_DEFAULT, single-Region), "
                + "state PendingImport.", "Alias: alias/bank-a", "root principal of account 111122223333");

        Cli.Result got = ok(kms.run("get-parameters", "--key-id", "alias/bank-a", "--wrapping-key-spec", "RSA_2048", "--out",
                dir.resolve("params").toString()));
        String fingerprint = Customer.sha256(Files.readAllBytes(dir.resolve("params/WrappingPublicKey.bin")))
                .toUpperCase().replaceAll("(.{4})(?!$)", "$1 ");
        assertThat(got.out()).contains("  WrappingPublicKey.bin  give to the customer\n", "  README.txt             give "
                + "to the customer\n", "  ImportToken.bin        keep here for the import (kms import); do not send\n",
                "Wrapping algorithm RSAES_OAEP_SHA_256, wrapping key RSA_2048.", "  " + fingerprint + "\n");
        Path out = customerWraps(dir.resolve("params"), Customer.KEY_HEX, "out");

        String validTo = LocalDate.now(ZoneOffset.UTC).plusDays(200).toString();
        Cli.Result imported = ok(importInto("alias/bank-a", dir.resolve("params"), out, "--valid-to", validTo));
        assertThat(imported.out()).contains("Imported key material into " + arn + " (first import).", "Key state: Enabled",
                "Expires: " + validTo + "T00:00:00Z", "Check: Encrypt and Decrypt with the key work");
        Cli.Result status = ok(kms.run("status", "--key-id", "alias/bank-a"));
        assertThat(status.out()).contains("Key: " + arn, "Aliases: alias/bank-a", "Description: Bank A BYOK",
                "State: Enabled", "Origin: EXTERNAL (imported key material)", "single-Region", "(199 days left)",
                "  CURRENT, IMPORTED, expires " + validTo).doesNotContain("WARNING");
        String first = line(status.out(), "Current key material: ");

        // rotation of imported material: a new customer key, imported as new material, then made current
        Path out2 = customerWraps(parameters(arn, "params2"), Customer.OTHER_KEY_HEX, "out2");
        Cli.Result pending = ok(importInto(arn, dir.resolve("params2"), out2, "--no-expiry", "--new-material",
                "--description", "2027 key"));
        assertThat(pending.out()).contains("(new key material for rotation)", "Next: byok-wizard kms rotate --key-id " + arn);
        Cli.Result rotated = ok(kms.run("rotate", "--key-id", "alias/bank-a"));
        assertThat(rotated.out()).startsWith("Rotated " + arn + ": the current key material is now ").contains("(was "
                + first + ")");
        String second = line(ok(kms.run("status", "--key-id", arn)).out(), "Current key material: ");
        assertThat(ok(kms.run("status", "--key-id", arn)).out()).contains(first + "  NON_CURRENT, IMPORTED",
                second + "  CURRENT, IMPORTED, never expires, rotated in ", "(ON_DEMAND), \"2027 key\"");

        // revocation: deleting the current material stops the key
        Cli.Result deleted = ok(kms.run("delete-material", "--key-id", arn, "--yes"));
        assertThat(deleted.out()).contains("Deleted the current key material of " + arn + "; the key is now PendingImport.");

        // re-import: the same bytes work again, different bytes are refused
        Path out3 = customerWraps(parameters(arn, "params3"), Customer.OTHER_KEY_HEX, "out3");
        assertThat(ok(importInto(arn, dir.resolve("params3"), out3, "--no-expiry")).out())
                .contains("(re-import of the same key material)", "Key material id: " + second, "Key state: Enabled");
        Path out4 = customerWraps(parameters(arn, "params4"), Customer.THIRD_KEY_HEX, "out4");
        Cli.Result different = importInto(arn, dir.resolve("params4"), out4, "--no-expiry");
        assertThat(different.exitCode()).isEqualTo(1);
        assertThat(different.err()).startsWith("error: KMS refused the key material for key " + arn)
                .contains("must carry exactly the same key bytes").hasLineCount(1);

        assertThat(Files.readAllLines(dir.resolve("imports.log"))).hasSize(3).extracting(l -> l.replaceAll(".* type=(\\S+) .*", "$1"))
                .containsExactly("FIRST_IMPORT", "NEW_KEY_MATERIAL", "EXISTING_KEY_MATERIAL");
    }

    private static String line(String text, String label) {
        return text.lines().filter(l -> l.strip().startsWith(label)).findFirst().orElseThrow().strip()
                .substring(label.length());
    }

    @Test
    void showPolicyPrintsThePolicyAndCreatesNothing() {
        Cli.Result fromSts = ok(kms.run("create-key", "--show-policy"));
        assertThat(fromSts.out()).startsWith("{\n").contains("\"AWS\": \"arn:aws:iam::111122223333:root\"");
        Cli.Result explicit = ok(kms.run("create-key", "--show-policy", "--account", "444455556666"));
        assertThat(explicit.out()).contains("arn:aws:iam::444455556666:root");
        assertThat(kms.server().operations()).containsExactly("sts:GetCallerIdentity");
    }

    @Test
    void destructiveCommandsAskAndNeedYesWithoutATerminal() throws Exception {
        String arn = createKey("to-revoke");
        Path out = customerWraps(parameters(arn, "params"), Customer.KEY_HEX, "out");
        ok(importInto(arn, dir.resolve("params"), out, "--valid-to", Instant.now().plus(java.time.Duration.ofDays(10))
                .toString()));
        assertThat(ok(kms.run("status", "--key-id", arn)).out()).contains("(9 days left)", "WARNING: the key material "
                + "expires in less than 30 days");
        kms.server().clearRequests();

        Cli.Result noTerminal = kms.run(question -> Optional.empty(), "delete-material", "--key-id", arn);
        assertThat(noTerminal.exitCode()).isEqualTo(1);
        assertThat(noTerminal.err()).startsWith("error: There is no terminal to confirm on, so nothing was changed. "
                + "Deleting the current key material of key " + arn + " makes the key unusable at once").endsWith(
                "If that is intended, run the command again with --yes.\n").hasLineCount(1);
        List<String> asked = new ArrayList<>();
        Cli.Result no = kms.run(question -> {
            asked.add(question);
            return Optional.of("no");
        }, "disable-key", "--key-id", arn);
        assertThat(no.exitCode()).isEqualTo(1);
        assertThat(no.err()).isEqualTo("error: Not confirmed, so nothing was changed.\n");
        assertThat(asked).singleElement().asString().startsWith("Disabling key " + arn + " stops every Encrypt and "
                + "Decrypt with it at once").endsWith("Type yes to disable the key: ");
        assertThat(kms.server().operations()).doesNotContain("DeleteImportedKeyMaterial", "DisableKey");

        assertThat(ok(kms.run(question -> Optional.of("yes"), "disable-key", "--key-id", arn)).out())
                .isEqualTo("Key " + arn + " is now Disabled.\n");
        Cli.Result tooShort = kms.run("schedule-deletion", "--key-id", arn, "--days", "5", "--yes");
        assertThat(tooShort.err()).isEqualTo("error: The waiting period before deletion must be 7 to 30 days, not 5.\n");
        Cli.Result scheduled = ok(kms.run("schedule-deletion", "--key-id", arn, "--days", "7", "--yes"));
        assertThat(scheduled.out()).startsWith("Key " + arn + " is PendingDeletion; it will be deleted on ")
                .contains("aws kms cancel-key-deletion");
        assertThat(kms.server().keyState(arn)).contains("PendingDeletion");
    }

    @Test
    void moveAliasPointsTheAliasAtTheNewKey() {
        String oldKey = createKey("customer-b");
        String newKey = ok(kms.run("create-key", "--account", KmsTestServer.ACCOUNT)).out().strip();

        assertThat(ok(kms.run("move-alias", "--alias", "customer-b", "--key-id", newKey)).out())
                .isEqualTo("alias/customer-b now points to " + newKey + " (before: " + oldKey + ").\n");
        assertThat(ok(kms.run("move-alias", "--alias", "customer-b", "--key-id", newKey)).out()).contains("nothing changed");
        assertThat(ok(kms.run("move-alias", "--alias", "customer-c", "--key-id",
                newKey)).out()).endsWith("(new alias).\n");
    }

    @Test
    void failuresAreOneLineWithExitCodeOne() throws Exception {
        Cli.Result missing = kms.run("status", "--key-id", "alias/nobody");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).startsWith("error: KMS found no key or alias 'alias/nobody' in region eu-west-1")
                .hasLineCount(1).doesNotContain("\tat ");

        String arn = createKey("bank-z");
        Path params = parameters(arn, "params");
        Path out = customerWraps(params, Customer.KEY_HEX, "out");
        Files.delete(out.resolve("CustomerEncryptionKey-receipt.txt"));
        kms.server().clearRequests();
        Cli.Result noReceipt = importInto(arn, params, out, "--no-expiry");
        assertThat(noReceipt.err()).isEqualTo("error: Folder " + out + " holds no CustomerEncryptionKey-receipt.txt. "
                + "Choose the folder the wizard wrote.\n");
        assertThat(kms.server().operations()).isEmpty();

        Cli.Result unreachable = Cli.run("kms", "status", "--key-id", arn, "--region", "eu-west-1", "--endpoint-url",
                "http://127.0.0.1:9");
        assertThat(unreachable.exitCode()).isEqualTo(1);
        assertThat(unreachable.err()).startsWith("error: Could not connect to KMS at http://127.0.0.1:9").hasLineCount(1);
        Cli.Result badRegion = Cli.run("kms", "status", "--key-id", arn, "--region", "eu-wst-1");
        assertThat(badRegion.err()).startsWith("error: Unknown AWS region 'eu-wst-1'.").hasLineCount(1);
    }

    @Test
    void badUsageIsExitCodeTwo() {
        Cli.Result noExpiry = kms.run("import", "--key-id", "k", "--params", "p", "--wrapped", "w");
        assertThat(noExpiry.exitCode()).isEqualTo(2);
        assertThat(noExpiry.err()).contains("--valid-to", "--no-expiry");
        Cli.Result badTime = kms.run("import", "--key-id", "k", "--params", "p", "--wrapped", "w", "--valid-to", "tomorrow");
        assertThat(badTime.exitCode()).isEqualTo(2);
        assertThat(badTime.err()).contains("'tomorrow' is not an ISO 8601 time.");
        Cli.Result badSpec = kms.run("get-parameters", "--key-id", "k", "--out", "o", "--wrapping-key-spec",
                "RSA_1024");
        assertThat(badSpec.exitCode()).isEqualTo(2);
        assertThat(badSpec.err()).contains("Unknown wrapping key spec 'RSA_1024'");
        assertThat(new InstantConverter().convert("2027-06-30T14:00:00+02:00")).isEqualTo(Instant.parse("2027-06-30T12:00:00Z"));
        assertThat(kms.server().operations()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"create-key", "get-parameters", "import", "status", "rotate", "move-alias", "delete-material",
            "disable-key", "schedule-deletion"})
    void everyKmsCommandHasHelpWithExamplesAndExitCodes(String command) {
        Cli.Result help = Cli.run("kms", command, "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage: byok-wizard kms " + command).contains("--region", "--profile",
                "--endpoint-url", "byok-wizard kms " + command + " ", "Exit codes: 0 success; 1 failure", "2 bad usage")
                .containsPattern("Examples?:");
    }

    @Test
    void kmsAloneListsItsCommands() {
        Cli.Result usage = Cli.run("kms");
        assertThat(usage.exitCode()).isZero();
        assertThat(usage.out()).contains("create-key", "get-parameters", "import", "status", "rotate", "move-alias",
                "delete-material", "disable-key", "schedule-deletion", "A ceremony:");
        assertThat(Cli.run("--help").out()).contains("kms");
    }
}
