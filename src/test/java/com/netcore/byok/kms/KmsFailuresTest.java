package com.netcore.byok.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.netcore.byok.core.ByokException;
import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.kms.testserver.KmsTestServer;
import com.netcore.byok.kms.testserver.KmsTestServer.Fault;
import com.netcore.byok.testing.Customer;
import com.netcore.byok.testing.FolderState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.junit.jupiter.api.Test;

/**
 * What goes wrong, through the real SDK against the test server: each failure is one sentence saying what
 * happened and what to do; failed pre-flight checks never reach the server; throttling and server faults
 * are retried by the SDK; an interrupt cancels at once.
 */
class KmsFailuresTest extends KmsFixture {

    /** A key, its parameters, and the customer's wrap of {@link Customer#KEY_HEX} for them. */
    record Ceremony(KeyInfo key, Path params, Path out) {
    }

    Ceremony ceremony() throws Exception {
        KeyInfo key = newKey();
        Path params = params(key, "params-" + key.keyId());
        Path out = wrap(params, Customer.KEY_HEX, "out-" + key.keyId());
        server.clearRequests();
        return new Ceremony(key, params, out);
    }

    String importFails(Ceremony c) {
        return importFails(request(c.key(), c.params(), c.out(), false));
    }

    String importFails(ImportRequest request) {
        Throwable thrown = catchThrowable(() -> kms.importMaterial(request));
        assertThat(thrown).isInstanceOf(ByokException.class);
        return thrown.getMessage();
    }

    /** Runs a failing import and proves nothing was sent to the server. */
    String preflightFails(ImportRequest request) {
        String message = importFails(request);
        assertThat(server.operations()).as(message).isEmpty();
        assertThat(message).endsWith("Nothing was sent to KMS.");
        return message;
    }

    // ---- pre-flight: stopped before AWS

    @Test
    void aChangedWrappedFileIsRefusedBeforeAws() throws Exception {
        Ceremony c = ceremony();
        Path file = c.out().resolve("CustomerEncryptionKey.bin");
        byte[] bytes = Files.readAllBytes(file);
        bytes[10] ^= 1;
        Files.write(file, bytes);

        assertThat(preflightFails(request(c.key(), c.params(), c.out(), false)))
                .startsWith(file + " does not match its receipt, so it was changed or damaged on the way: "
                        + "CustomerEncryptionKey.bin has SHA-256 ");
    }

    @Test
    void aWrapForAnotherPublicKeyIsRefusedBeforeAws() throws Exception {
        Ceremony c = ceremony();
        Path otherParams = params(c.key(), "other-params");
        server.clearRequests();

        assertThat(preflightFails(request(c.key(), otherParams, c.out(), false)))
                .startsWith("CustomerEncryptionKey.bin was wrapped for the wrapping public key ")
                .contains("but parameters folder " + otherParams + " holds ", "its import token belongs to that key");
    }

    @Test
    void anAlgorithmOtherThanRequestedIsRefusedBeforeAws() throws Exception {
        Ceremony c = ceremony();
        Path readme = c.params().resolve("README.txt");
        Files.writeString(readme, Files.readString(readme).replace("RSAES_OAEP_SHA_256", "RSAES_OAEP_SHA_1"));

        assertThat(preflightFails(request(c.key(), c.params(), c.out(), false))).startsWith("The customer wrapped with "
                + "RSAES_OAEP_SHA_256 but the parameters in " + c.params() + " were requested for RSAES_OAEP_SHA_1");
    }

    @Test
    void expiredParametersAreRefusedBeforeAws() throws Exception {
        Ceremony c = ceremony();
        Clock later = Clock.fixed(Instant.now().plus(Duration.ofHours(25)), ZoneOffset.UTC);
        try (Kms tomorrow = Kms.connect(server.settings(), later)) {
            Throwable thrown = catchThrowable(() -> tomorrow.importMaterial(request(c.key(), c.params(), c.out(), false)));
            assertThat(thrown).hasMessageStartingWith("The import parameters in " + c.params() + " expired at ")
                    .hasMessageContaining("Run 'kms get-parameters' for new parameters and have the customer wrap the "
                            + "key again");
        }
        assertThat(server.operations()).isEmpty();
    }

    @Test
    void parametersOfAnotherKeyAreRefusedBeforeAws() throws Exception {
        Ceremony c = ceremony();
        KeyInfo other = newKey();
        server.clearRequests();

        assertThat(preflightFails(request(other, c.params(), c.out(), false))).startsWith("The parameters in "
                + c.params() + " belong to key " + c.key().arn() + ", not to " + other.arn());
    }

    @Test
    void badExpiriesDescriptionsLogsAndFoldersAreRefusedBeforeAws() throws Exception {
        Ceremony c = ceremony();
        Instant now = Instant.now();
        assertThat(importFails(new ImportRequest(c.key().arn(), c.params(), c.out(), Expiry.at(now.minusSeconds(60)),
                false, Optional.empty(), log()))).contains("is not in the future");
        assertThat(importFails(new ImportRequest(c.key().arn(), c.params(), c.out(),
                Expiry.at(now.plus(Duration.ofDays(366))), false, Optional.empty(), log())))
                .contains("is more than 365 days ahead");
        assertThat(importFails(new ImportRequest(c.key().arn(), c.params(), c.out(), Expiry.never(), false,
                Optional.of("x".repeat(257)), log()))).contains("KMS accepts at most 256");
        Files.createDirectory(dir.resolve("log-is-a-folder"));
        assertThat(importFails(new ImportRequest(c.key().arn(), c.params(), c.out(), Expiry.never(), false,
                Optional.empty(), dir.resolve("log-is-a-folder")))).startsWith("Import log " + dir.resolve("log-is-a-folder")
                + " cannot be written").endsWith("nothing was imported.");
        Files.delete(c.params().resolve("ImportToken.bin"));
        assertThat(importFails(request(c.key(), c.params(), c.out(), false))).contains("holds no ImportToken.bin");
        Files.writeString(c.params().resolve("ImportToken.bin"), "");
        assertThat(importFails(request(c.key(), c.params(), c.out(), false))).contains("is empty");
        Files.writeString(c.params().resolve("README.txt"), "Your wrapping key expires 2099-01-01 12:00 UTC. "
                + "Use RSAES_OAEP_SHA_256.");
        assertThat(importFails(request(c.key(), c.params(), c.out(), false))).contains("was not written by "
                + "'kms get-parameters'");
        assertThat(server.operations()).isEmpty();
        assertThat(FolderState.names(dir)).doesNotContain("imports.log");
    }

    // ---- errors KMS answers with

    @Test
    void anExpiredImportTokenAsKmsReportsIt() throws Exception {
        Ceremony c = ceremony();
        server.clock().advance(Duration.ofHours(25));

        assertThat(importFails(c)).isEqualTo("KMS refused the import because the import token has expired (import "
                + "parameters are valid for 24 hours). Run 'kms get-parameters' for new parameters and have the "
                + "customer wrap the key again with the new WrappingPublicKey.bin and README.txt.");
        assertThat(server.operations()).containsExactly("DescribeKey", "ImportKeyMaterial");
    }

    @Test
    void aTokenOfAnotherKeyOrADamagedTokenIsInvalid() throws Exception {
        Ceremony c = ceremony();
        Ceremony other = ceremony();
        // the other key's whole parameters folder and wrap, but this key's README: the token belongs elsewhere
        Files.copy(other.params().resolve("ImportToken.bin"), c.params().resolve("ImportToken.bin"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(importFails(c)).startsWith("KMS refused ImportToken.bin for key " + c.key().arn() + ": the token is "
                + "damaged or belongs to another KMS key");

        Files.write(c.params().resolve("ImportToken.bin"), new byte[] {1, 2, 3});
        assertThat(importFails(c)).startsWith("KMS refused ImportToken.bin");
    }

    @Test
    void aWrapWithTheJdkDefaultMgf1IsInvalidCiphertext() throws Exception {
        Ceremony c = ceremony();
        byte[] der = Files.readAllBytes(c.params().resolve("WrappingPublicKey.bin"));
        RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        Cipher jdkDefault = Cipher.getInstance("RSA/ECB/OAEPPadding");
        jdkDefault.init(Cipher.ENCRYPT_MODE, publicKey, new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA1,
                PSource.PSpecified.DEFAULT)); // what OAEPWithSHA-256AndMGF1Padding means in SunJCE
        Customer.replaceWrapped(c.out(), jdkDefault.doFinal(HexFormat.of().parseHex(Customer.KEY_HEX)));

        assertThat(importFails(c)).isEqualTo("KMS could not unwrap CustomerEncryptionKey.bin: the wrap does not match "
                + "these import parameters (made with another WrappingPublicKey.bin, another wrapping algorithm, or a "
                + "wrong OAEP/MGF1 hash). Have the customer wrap the key again with the WrappingPublicKey.bin and "
                + "README.txt of this parameters folder.");
        assertThat(server.operations()).containsExactly("DescribeKey", "ImportKeyMaterial");
    }

    @Test
    void invalidStateNotFoundInvalidArnAndAccessDenied() throws Exception {
        KeyInfo key = newKey();
        assertThatThrownBy(() -> kms.disable(key.arn())).hasMessageStartingWith("KMS cannot run DisableKey on key "
                + key.arn() + " in its current state (KMS says: " + key.arn() + " is pending import.). See the state "
                + "with 'kms status'");

        String missing = "1234abcd-12ab-34cd-56ef-1234567890ab";
        assertThatThrownBy(() -> kms.status(missing)).hasMessageStartingWith("KMS found no key or alias '" + missing
                + "' in region eu-west-1 (KMS says: Key 'arn:aws:kms:eu-west-1:111122223333:key/" + missing
                + "' does not exist). Check the key id or alias, --region, and --profile");
        assertThatThrownBy(() -> kms.status("alias/nobody")).hasMessageStartingWith("KMS found no key or alias "
                + "'alias/nobody'");
        assertThatThrownBy(() -> kms.status("arn:aws:kms:eu-west-1:111122223333:thing/x"))
                .hasMessageStartingWith("'arn:aws:kms:eu-west-1:111122223333:thing/x' is not a valid KMS key ARN");

        server.deny("ScheduleKeyDeletion");
        assertThatThrownBy(() -> kms.scheduleDeletion(key.arn(), 7)).hasMessage("Access denied: the AWS identity in "
                + "use may not call kms:ScheduleKeyDeletion on " + key.arn() + " (AWS says: User: "
                + KmsTestServer.CALLER_ARN + " is not authorized to perform: kms:ScheduleKeyDeletion on resource: "
                + key.arn() + " because no "
                + "identity-based policy allows the kms:ScheduleKeyDeletion action). Ask your AWS administrator to "
                + "allow kms:ScheduleKeyDeletion in the key policy or your IAM policy, or use a profile that has it "
                + "(--profile).");
    }

    @Test
    void disabledPendingDeletionAndMalformedPolicyAsKmsAnswersThem() throws Exception {
        KeyInfo key = importedKey(Customer.KEY_HEX);
        kms.disable(key.arn());
        assertThatThrownBy(() -> kms.roundTrip(key)).hasMessage("KMS refused Encrypt because key " + key.arn() + " is "
                + "disabled (KMS says: " + key.arn() + " is disabled.). Enable it first (aws kms enable-key) if that is "
                + "intended.");
        kms.scheduleDeletion(key.arn(), 7);
        assertThatThrownBy(() -> kms.roundTrip(key)).hasMessageStartingWith("KMS cannot run Encrypt on key " + key.arn()
                + " in its current state (KMS says: " + key.arn() + " is pending deletion.).");
        assertThatThrownBy(() -> kms.disable(key.arn())).hasMessageContaining("a key pending deletion needs the deletion "
                + "cancelled (aws kms cancel-key-deletion)");

        server.clearRequests();
        assertThatThrownBy(() -> kms.createKey(new NewKey(Optional.empty(), Optional.empty(), java.util.Map.of(), false,
                Optional.of("{}")))).hasMessageStartingWith("KMS refused the key policy (KMS says: ")
                .hasMessageContaining("or leave --policy-file out to use the default policy.");
        assertThat(server.operations()).containsExactly("CreateKey");
    }

    @Test
    void unknownCredentialsAreRefusedWithASentence() {
        String real = System.getProperty("aws.accessKeyId");
        System.setProperty("aws.accessKeyId", "AKIAUNKNOWNEXAMPLE00");
        try (Kms stranger = Kms.connect(server.settings())) {
            assertThatThrownBy(() -> stranger.status("alias/x")).hasMessageStartingWith("AWS did not accept the "
                    + "credentials (UnrecognizedClientException: The security token included in the request is invalid.)");
            assertThatThrownBy(stranger::whoAmI).hasMessageStartingWith("AWS did not accept the credentials "
                    + "(InvalidClientTokenId");
        } finally {
            System.setProperty("aws.accessKeyId", real);
        }
    }

    // ---- the SDK's retries

    @Test
    void throttlingAndServerFaultsAreRetriedBySdk() {
        KeyInfo key = newKey();
        server.clearRequests();
        server.failNext(Fault.THROTTLING, 2);
        assertThat(kms.describe(key.arn()).arn()).isEqualTo(key.arn());
        assertThat(server.operations()).containsExactly("DescribeKey", "DescribeKey", "DescribeKey");

        server.clearRequests();
        server.failNext(Fault.INTERNAL, 1);
        server.failNext(Fault.UNAVAILABLE, 1);
        assertThat(kms.describe(key.arn()).arn()).isEqualTo(key.arn());
        assertThat(server.operations()).hasSize(3);
    }

    @Test
    void retriesEndAndSaySo() {
        KeyInfo key = newKey();
        server.clearRequests();
        server.failNext(Fault.THROTTLING, 3);
        assertThatThrownBy(() -> kms.describe(key.arn())).hasMessage("KMS is throttling requests (ThrottlingException: "
                + "Rate exceeded) and DescribeKey still failed after the SDK's retries. Wait a minute and run the "
                + "command again; if it keeps happening, other tools in this account are using up the KMS request "
                + "quota.");
        assertThat(server.operations()).hasSize(3);

        server.failNext(Fault.INTERNAL, 3);
        assertThatThrownBy(() -> kms.describe(key.arn())).hasMessageStartingWith("KMS had an internal problem with "
                + "DescribeKey (KMSInternalException (KMS says: An internal error occurred.)) and it still failed after "
                + "the SDK's retries.");
    }

    // ---- cancelling

    @Test
    void interruptingTheCallingThreadCancelsAtOnce() throws Exception {
        KeyInfo key = newKey();
        server.delayNext(Duration.ofSeconds(5));
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                kms.status(key.arn());
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        long start = System.nanoTime();
        worker.start();
        Thread.sleep(300);
        worker.interrupt();
        worker.join(3000);

        assertThat(worker.isAlive()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(failure.get()).isInstanceOf(KmsCancelledException.class)
                .hasMessageStartingWith("Cancelled while waiting for DescribeKey.");
    }

    // ---- no credentials, region or endpoint

    @Test
    void missingCredentialsAreASentenceAndNothingIsSent() {
        String id = System.clearProperty("aws.accessKeyId");
        String secret = System.clearProperty("aws.secretAccessKey");
        try (Kms anonymous = Kms.connect(server.settings())) {
            assertThatThrownBy(() -> anonymous.status("alias/x")).hasMessage("No AWS credentials were found. Set them "
                    + "up as for the AWS CLI (aws configure, or aws sso login for IAM Identity Center), export "
                    + "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or choose a profile with --profile.");
        } finally {
            System.setProperty("aws.accessKeyId", id);
            System.setProperty("aws.secretAccessKey", secret);
        }
        assertThat(server.operations()).isEmpty();
    }

    @Test
    void aProfileIsReadFromTheAwsFilesAndAMissingOneIsNamed() throws Exception {
        Path credentials = dir.resolve("credentials");
        Files.writeString(credentials, "[ops]\naws_access_key_id = " + KmsTestServer.ACCESS_KEY_ID
                + "\naws_secret_access_key = " + KmsTestServer.SECRET_ACCESS_KEY + "\n");
        Path config = dir.resolve("config");
        Files.writeString(config, "[profile ops]\nregion = " + KmsTestServer.REGION + "\n");
        String id = System.clearProperty("aws.accessKeyId");
        System.setProperty("aws.sharedCredentialsFile", credentials.toString());
        System.setProperty("aws.configFile", config.toString());
        try {
            KeyInfo key;
            try (Kms ops = Kms.connect(KmsSettings.of(null, "ops", server.endpoint().toString()))) {
                assertThat(ops.region()).isEqualTo(KmsTestServer.REGION);
                key = ops.createKey(new NewKey(Optional.empty(), Optional.empty(), java.util.Map.of(), false,
                        Optional.empty())).key();
            }
            assertThat(key.arn()).startsWith("arn:aws:kms:eu-west-1:111122223333:key/");
            Throwable missing = catchThrowable(() -> {
                try (Kms nobody = Kms.connect(KmsSettings.of("eu-west-1", "nobody", server.endpoint().toString()))) {
                    nobody.status(key.arn());
                }
            });
            assertThat(missing).hasMessage("The AWS profile 'nobody' has no credentials or does not exist in "
                    + "~/.aws/config or ~/.aws/credentials. Check --profile (or AWS_PROFILE), or set the profile up (aws "
                    + "configure --profile NAME, or aws configure sso).");
        } finally {
            System.setProperty("aws.accessKeyId", id);
            System.clearProperty("aws.sharedCredentialsFile");
            System.clearProperty("aws.configFile");
        }
    }

    @Test
    void regionsAndEndpointsThatCannotWorkAreSentences() {
        assertThatThrownBy(() -> Kms.connect(KmsSettings.of(null, null, null))).hasMessage(Kms.NO_REGION);
        assertThatThrownBy(() -> Kms.connect(KmsSettings.of("eu-wst-1", null, null)))
                .hasMessageStartingWith("Unknown AWS region 'eu-wst-1'. Check --region");
        assertThatThrownBy(() -> Kms.connect(KmsSettings.of("Frankfurt", null, null)))
                .hasMessageStartingWith("Region 'Frankfurt' is not an AWS region name.");
        assertThatThrownBy(() -> KmsSettings.of("eu-west-1", null, "kms.local:443"))
                .hasMessageStartingWith("Endpoint URL 'kms.local:443' is not an http(s) URL.");
        Kms.connect(KmsSettings.of("xx-test-9", null, server.endpoint().toString())).close(); // any name with an endpoint

        try (Kms unreachable = Kms.connect(KmsSettings.of(KmsTestServer.REGION, null, "http://127.0.0.1:9"))) {
            assertThatThrownBy(() -> unreachable.status("alias/x")).hasMessageStartingWith("Could not connect to KMS at "
                    + "http://127.0.0.1:9 (").hasMessageEndingWith("Check --endpoint-url, the network and any proxy or "
                    + "VPC endpoint settings.");
        }
    }

    @Test
    void getParametersOfAnUnknownSpecOrAlgorithmIsRefusedLocally() {
        assertThatThrownBy(() -> WrappingKeySpec.parse("RSA_1024")).hasMessageContaining("Use RSA_4096 (recommended)");
        assertThat(WrappingKeySpec.parse("rsa-3072")).isEqualTo(WrappingKeySpec.RSA_3072);
        assertThatThrownBy(() -> kms.getParameters("alias/x", WrappingAlgorithm.RSA_AES_KEY_WRAP_SHA_1,
                WrappingKeySpec.RSA_2048)).hasMessageContaining("RSAES_OAEP_SHA_256 (recommended)");
        assertThat(server.operations()).isEmpty();
    }
}
