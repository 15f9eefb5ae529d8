package com.netcore.byok.ui.operator;

import static org.assertj.core.api.Assertions.assertThat;

import com.netcore.byok.kms.WrappingKeySpec;
import com.netcore.byok.kms.testserver.KmsTestServer;
import com.netcore.byok.testing.Customer;
import com.netcore.byok.ui.WizardFxTest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The operator tab as real KMS answers: an import whose check is denied is done, and the drill. */
class OperatorDrillTabTest extends WizardFxTest {
    static KmsTestServer server;

    @BeforeAll
    static void startServer() {
        server = KmsTestServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void openTheOperatorTab() {
        server.reset();
        robot.interact(() -> {
            window.selectTab(1);
            operator().regionProperty().set(KmsTestServer.REGION);
            operator().endpointProperty().set(server.endpoint().toString());
            operator().logFileProperty().set(dir.resolve("imports.log"));
        });
    }

    private OperatorModel operator() {
        return window.operatorModel();
    }

    private void runAndWait(String button) {
        robot.clickOn(button);
        waitFor(() -> !operator().outcome().busyProperty().get());
    }

    private String result() {
        return operator().outcome().resultProperty().get();
    }

    @Test
    void anImportWhoseCheckIsDeniedIsShownAsDoneWithTheReason() throws Exception {
        runAndWait("#createButton");
        String arn = operator().keyRefProperty().get();
        Path params = dir.resolve("params");
        robot.clickOn("#parametersAction");
        robot.interact(() -> operator().keySpecProperty().set(WrappingKeySpec.RSA_2048));
        dialogs.folder(params);
        robot.clickOn("#parametersFolderButton");
        runAndWait("#parametersButton");
        Path customer = Customer.wrap(params, Customer.KEY_HEX, dir.resolve("customer"));

        server.deny("Encrypt", "Decrypt");
        robot.clickOn("#importAction");
        dialogs.folder(customer);
        robot.clickOn("#wrappedButton");
        runAndWait("#importButton");
        assertThat(operator().outcome().errorProperty().get()).isEmpty();
        assertThat(result()).contains("Imported key material into " + arn, "Key state: Enabled",
                "Check: imported; not verified: Access denied", "kms:Encrypt");
        assertThat(server.calls("ImportKeyMaterial")).isEqualTo(1);
    }

    @Test
    void theDrillShowsEveryStepAndNamesAMissingPermission() {
        robot.clickOn("#drillAction");
        robot.interact(() -> operator().drill().keySpecProperty().set(WrappingKeySpec.RSA_2048));
        assertThat(robot.lookup("#preview").queryLabeled().getText()).contains("throw-away key");
        runAndWait("#drillButton");
        assertThat(operator().outcome().errorProperty().get()).isEmpty();
        assertThat(result()).contains("ok   Create a drill key", "[kms:RotateKeyOnDemand, kms:ListKeyRotations]",
                "Drill passed", "scheduled for deletion in 7 days").doesNotContain("FAIL");

        server.deny("ImportKeyMaterial");
        runAndWait("#drillButton");
        assertThat(result()).contains("missing permission kms:ImportKeyMaterial", "Drill FAILED",
                "ok   Schedule deletion of the drill key");
        assertThat(server.calls("CreateKey")).isEqualTo(2);
    }
}
