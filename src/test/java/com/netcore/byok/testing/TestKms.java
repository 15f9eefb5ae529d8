package com.netcore.byok.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.netcore.byok.cli.Terminal;
import com.netcore.byok.kms.testserver.KmsTestServer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The KMS test server for a test class: started once before the class, reset before each test, closed after the
 * class. Use as {@code @RegisterExtension static final TestKms kms = new TestKms();}.
 */
public final class TestKms implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
    private KmsTestServer server;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (server != null) { // one instance in a base class serves its test classes one after the other
            throw new IllegalStateException("the KMS test server of an earlier class still runs, before "
                    + context.getDisplayName());
        }
        server = KmsTestServer.start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        server.reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
        server = null;
    }

    public KmsTestServer server() {
        if (server == null) {
            throw new IllegalStateException("the KMS test server runs only while its test class does");
        }
        return server;
    }

    public URI endpoint() {
        return server().endpoint();
    }

    /** {@code byok kms <args>} against the server, in {@link KmsTestServer#REGION}. */
    public Cli.Result run(String... args) {
        return runIn(KmsTestServer.REGION, args);
    }

    /** As {@link #run(String...)}, with confirmations answered by {@code terminal}. */
    public Cli.Result run(Terminal terminal, String... args) {
        return runIn(terminal, KmsTestServer.REGION, args);
    }

    /** {@code byok kms <args>} against the server, in {@code region}. */
    public Cli.Result runIn(String region, String... args) {
        return runIn(Terminal.system(), region, args);
    }

    public Cli.Result runIn(Terminal terminal, String region, String... args) {
        List<String> all = new ArrayList<>(List.of("kms"));
        all.addAll(List.of(args));
        all.addAll(List.of("--region", region, "--endpoint-url", endpoint().toString()));
        return Cli.run(terminal, all.toArray(String[]::new));
    }

    /** Asserts exit code 0, with the error output as the description; returns {@code result}. */
    public static Cli.Result ok(Cli.Result result) {
        assertThat(result.exitCode()).as(result.err()).isZero();
        return result;
    }
}
