package com.netcore.byok.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.netcore.byok.kms.testserver.KmsTestServer;
import com.netcore.byok.testing.Customer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Settings found as the AWS CLI finds them, and waiting out KMS's eventual consistency (Propagation). */
class KmsAsAwsCliTest extends KmsFixture {

    private Kms connect(KmsSettings settings, Map<String, String> env) {
        return Kms.connect(settings, Clock.systemUTC(), AwsCliEnvironment.of(env));
    }

    private KmsSettings noRegion() {
        return KmsSettings.of(null, null, server.endpoint().toString());
    }

    @Test
    void awsDefaultRegionCountsWhenAwsRegionIsUnset() {
        try (Kms kms = connect(noRegion(), Map.of("AWS_DEFAULT_REGION", "eu-west-1"))) {
            assertThat(kms.region()).isEqualTo("eu-west-1");
        }
        try (Kms kms = connect(noRegion(), Map.of("AWS_DEFAULT_REGION", "eu-west-1", "AWS_REGION", "eu-central-1"))) {
            assertThat(kms.region()).isEqualTo("eu-central-1");
        }
    }

    @Test
    void maxAttemptsAndRetryModeFromTheEnvironmentApply() {
        server.failNext(KmsTestServer.Fault.THROTTLING, 1);
        try (Kms once = connect(server.settings(), Map.of("AWS_MAX_ATTEMPTS", "1"))) {
            assertThatThrownBy(() -> once.status("alias/none")).hasMessageContaining("throttling");
        }
        assertThat(server.requestCount()).isEqualTo(1);

        server.clearRequests();
        server.failNext(KmsTestServer.Fault.THROTTLING, 2);
        try (Kms thrice = connect(server.settings(), Map.of("AWS_MAX_ATTEMPTS", "3", "AWS_RETRY_MODE", "standard"))) {
            assertThatThrownBy(() -> thrice.status("alias/none")).hasMessageContaining("found no key or alias");
        }
        assertThat(server.requestCount()).isEqualTo(3);

        assertThatThrownBy(() -> connect(server.settings(), Map.of("AWS_MAX_ATTEMPTS", "zero")))
                .hasMessageStartingWith("Max attempts 'zero' (AWS_MAX_ATTEMPTS or the profile's max_attempts)");
        assertThatThrownBy(() -> connect(server.settings(), Map.of("AWS_RETRY_MODE", "eager")))
                .hasMessageStartingWith("Retry mode 'eager'").hasMessageEndingWith("Use standard, adaptive or legacy.");
    }

    @Test
    void theProfilesRetrySettingsAndServicesEndpointApply() throws Exception {
        Path config = dir.resolve("config");
        Files.writeString(config, "[profile ops]\naws_access_key_id = " + KmsTestServer.ACCESS_KEY_ID
                + "\naws_secret_access_key = " + KmsTestServer.SECRET_ACCESS_KEY + "\nmax_attempts = 1\n"
                + "services = local\n\n[services local]\nkms =\n  endpoint_url = " + server.endpoint() + "\n");
        System.setProperty("aws.configFile", config.toString());
        try {
            server.failNext(KmsTestServer.Fault.THROTTLING, 1);
            try (Kms ops = connect(KmsSettings.of(KmsTestServer.REGION, "ops", server.endpoint().toString()), Map.of())) {
                assertThatThrownBy(() -> ops.status("alias/none")).hasMessageContaining("throttling");
            }
            assertThat(server.requestCount()).isEqualTo(1);
            // a Region this SDK does not know is accepted when the profile names a KMS endpoint
            connect(KmsSettings.of("xx-test-9", "ops", null), Map.of()).close();
            assertThatThrownBy(() -> connect(KmsSettings.of("xx-test-9", null, null), Map.of()))
                    .hasMessageStartingWith("Unknown AWS region 'xx-test-9'");
        } finally {
            System.clearProperty("aws.configFile");
        }
    }

    @Test
    void theChinaRegionsAreRefusedBeforeAnyCall() {
        assertThatThrownBy(() -> Kms.connect(KmsSettings.of("cn-northwest-1", null, server.endpoint().toString())))
                .hasMessageStartingWith("Region cn-northwest-1 is in AWS China, where a SYMMETRIC_DEFAULT KMS key is "
                        + "128-bit SM4");
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void changesThatShowLateAreWaitedFor() throws Exception {
        server.lag(Duration.ofSeconds(2));
        CreatedKey created = kms.createKey(new NewKey(Optional.of("late"), Optional.empty(), Map.of(), false,
                Optional.empty()));
        KeyInfo key = created.key();
        Path params = params(kms.describe(key.arn()), "p");
        ImportResult imported = kms.importMaterial(request(key, params, wrap(params, Customer.KEY_HEX, "w"), false));
        assertThat(imported.verified()).as(imported.verification()).isTrue();
        assertThat(imported.key().state()).isEqualTo(KeyInfo.ENABLED);
        assertThat(kms.deleteMaterial(key.arn(), Optional.empty()).state()).isEqualTo(KeyInfo.PENDING_IMPORT);
        assertThat(server.calls("ImportKeyMaterial")).isEqualTo(1);
    }

    @Test
    void aChangeThatDoesNotShowInTimeIsReportedNotFailed() throws Exception {
        KeyInfo key = newKey();
        Path params = params(key, "p");
        Path wrapped = wrap(params, Customer.KEY_HEX, "w");
        server.lag(Duration.ofSeconds(20));
        kms.waitForChangesUpTo(Duration.ofMillis(600));
        ImportResult imported = kms.importMaterial(request(key, params, wrapped, false));
        assertThat(imported.verified()).isFalse();
        assertThat(imported.verification()).startsWith("KMS still shows the key as PendingImport after ");
        assertThat(Reports.imported(imported)).contains("Check: imported; not verified: KMS still shows the key");
        assertThat(server.calls("ImportKeyMaterial")).isEqualTo(1);
        assertThat(imported.keyMaterialId()).hasSize(64);
    }
}
