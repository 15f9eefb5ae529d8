package com.netcore.byok.ui.operator;

import static org.assertj.core.api.Assertions.assertThat;

import com.netcore.byok.kms.WrappingKeySpec;
import com.netcore.byok.testing.Customer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The operator tab as real KMS answers: an import whose check is denied is done, and the drill. */
class OperatorDrillTabTest extends OperatorFxTest {
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

        kms.server().deny("Encrypt", "Decrypt");
        robot.clickOn("#importAction");
        dialogs.folder(customer);
        robot.clickOn("#wrappedButton");
        runAndWait("#importButton");
        assertThat(operator().outcome().errorProperty().get()).isEmpty();
        assertThat(result()).contains("Imported key material into " + arn, "Key state: Enabled",
                "Check: imported; not verified: Access denied", "kms:Encrypt");
        assertThat(kms.server().calls("ImportKeyMaterial")).isEqualTo(1);
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

        kms.server().deny("ImportKeyMaterial");
        runAndWait("#drillButton");
        assertThat(result()).contains("missing permission kms:ImportKeyMaterial", "Drill FAILED",
                "ok   Schedule deletion of the drill key");
        assertThat(kms.server().calls("CreateKey")).isEqualTo(2);
    }
}
