package com.netcore.byok.ui.operator;

import com.netcore.byok.kms.testserver.KmsTestServer;
import com.netcore.byok.testing.TestKms;
import com.netcore.byok.ui.WizardFxTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Base of the operator tab's GUI tests: the KMS test server, and the tab opened on it before each test. */
abstract class OperatorFxTest extends WizardFxTest {
    @RegisterExtension
    static final TestKms kms = new TestKms();

    @BeforeEach
    void openTheOperatorTab() {
        robot.interact(() -> {
            window.selectTab(1);
            operator().regionProperty().set(KmsTestServer.REGION);
            operator().endpointProperty().set(kms.endpoint().toString());
            operator().logFileProperty().set(dir.resolve("imports.log")); // never the real operator log
        });
    }

    OperatorModel operator() {
        return window.operatorModel();
    }
}
