package com.netcore.byok.kms;

import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.kms.testserver.KmsTestServer;
import com.netcore.byok.testing.Customer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** One KMS test server per test class, a fresh connection per test, and the steps of a ceremony. */
abstract class KmsFixture {
    static KmsTestServer server;

    @TempDir
    Path dir;

    Kms kms;

    @BeforeAll
    static void startServer() {
        server = KmsTestServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void connect() {
        kms = Kms.connect(server.settings());
        server.reset();
    }

    @AfterEach
    void disconnect() {
        kms.close();
    }

    KeyInfo newKey() {
        return kms.createKey(new NewKey(Optional.empty(), Optional.empty(), Map.of(), false, Optional.empty()),
                Optional.of(KmsTestServer.ACCOUNT)).key();
    }

    /** Parameters (RSA_2048 keeps the tests fast) written to dir/name. */
    Path params(KeyInfo key, String name) {
        kms.getParameters(key.arn(), WrappingAlgorithm.RSAES_OAEP_SHA_256, WrappingKeySpec.RSA_2048)
                .writeTo(dir.resolve(name), false);
        return dir.resolve(name);
    }

    Path wrap(Path params, String keyHex, String name) throws IOException {
        return Customer.wrap(params, keyHex, dir.resolve(name));
    }

    ImportRequest request(KeyInfo key, Path params, Path wrapped, boolean newMaterial) {
        return new ImportRequest(key.arn(), params, wrapped, Expiry.never(), newMaterial, Optional.empty(), log());
    }

    Path log() {
        return dir.resolve("imports.log");
    }

    /** A key with the customer's key imported, no expiry. */
    KeyInfo importedKey(String keyHex) throws IOException {
        KeyInfo key = newKey();
        Path params = params(key, "p-" + key.keyId());
        kms.importMaterial(request(key, params, wrap(params, keyHex, "w-" + key.keyId()), false));
        return kms.describe(key.arn());
    }
}
