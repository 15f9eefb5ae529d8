package com.netcore.byok.kms.testserver;

import com.netcore.byok.testing.TestKms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.kms.KmsClient;

/** Base of the test server's own tests: the server, and a plain SDK client of its default Region. */
abstract class SdkClientTest {
    @RegisterExtension
    static final TestKms kms = new TestKms();
    static KmsClient sdk;

    @BeforeAll
    static void openSdkClient() {
        sdk = kms.server().sdkClient();
    }

    @AfterAll
    static void closeSdkClient() {
        sdk.close();
    }
}
