package com.netcore.byok.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.netcore.byok.kms.testserver.KmsTestServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar with its target/lib, as an operator runs it: the AWS SDK, its HTTP client and the credential
 * chain work from the jar's own class path (fake credentials in the environment, as an operator would export).
 */
class PackagedKmsIT {
    static final Path JAR = PackagedJarIT.JAR;

    record Run(int exit, String out) {
    }

    static Run java(KmsTestServer server, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("AWS_"));
        builder.environment().put("AWS_EC2_METADATA_DISABLED", "true");
        builder.environment().put("AWS_CONFIG_FILE", "/nonexistent/byok-test/config");
        builder.environment().put("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/byok-test/credentials");
        builder.environment().put("AWS_ENDPOINT_URL_STS", server.endpoint().toString());
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out);
    }

    @Test
    void createsAndDescribesAKeyWithCredentialsRegionAndEndpointFromTheEnvironment(@TempDir Path dir) throws Exception {
        try (KmsTestServer server = KmsTestServer.start()) {
            Map<String, String> env = Map.of("AWS_ACCESS_KEY_ID", KmsTestServer.ACCESS_KEY_ID,
                    "AWS_SECRET_ACCESS_KEY", KmsTestServer.SECRET_ACCESS_KEY, "AWS_REGION", KmsTestServer.REGION,
                    "AWS_ENDPOINT_URL_KMS", server.endpoint().toString());

            Run created = java(server, env, "kms", "create-key", "--alias", "packaged");
            assertThat(created.exit()).as(created.out()).isZero();
            assertThat(created.out()).startsWith("arn:aws:kms:eu-west-1:111122223333:key/").doesNotContain("SLF4J");
            Run status = java(server, env, "kms", "status", "--key-id", "alias/packaged");
            assertThat(status.out()).contains("State: PendingImport", "Aliases: alias/packaged");
            assertThat(server.operations()).contains("CreateKey", "CreateAlias", "ListKeyRotations")
                    .doesNotContain("sts:GetCallerIdentity"); // create-key sends no policy, so needs no account

            // as the AWS CLI: AWS_DEFAULT_REGION counts when AWS_REGION is unset
            Map<String, String> defaultRegion = new java.util.HashMap<>(env);
            defaultRegion.remove("AWS_REGION");
            defaultRegion.put("AWS_DEFAULT_REGION", KmsTestServer.REGION);
            assertThat(java(server, defaultRegion, "kms", "status", "--key-id", "alias/packaged").out())
                    .contains("State: PendingImport");

            Run noCredentials = java(server, Map.of("AWS_REGION", KmsTestServer.REGION), "kms", "status", "--key-id",
                    "alias/packaged");
            assertThat(noCredentials.exit()).isEqualTo(1);
            assertThat(noCredentials.out()).startsWith("error: No AWS credentials were found.").hasLineCount(1);
        }
    }
}
