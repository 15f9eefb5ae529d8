package com.netcore.byok.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.ui.WizardFxTest;
import java.nio.file.Path;
import java.util.HexFormat;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

/** Issue 11: on the review step a weak key shows why, and is wrapped only once ticked as a known legacy key. */
class WeakKeyWalkTest extends WizardFxTest {

    @Test
    void aWeakKeyIsWrappedOnlyAfterTheLegacyKeyBoxIsTicked() throws Exception {
        Path out = emptyFolder("out");
        throughParameters(robot, params(WrappingAlgorithm.RSAES_OAEP_SHA_256));
        robot.clickOn("#enterChoice");
        typeInto(robot, "#keyField", WeakKeyConfirmationTest.WEAK_KEY);
        robot.clickOn("#useKeyButton");
        next(robot);
        dialogs.folder(out);
        robot.clickOn("#chooseOutputButton");
        robot.clickOn("#confirm");

        Label reason = robot.lookup("#weakKeyReason").queryAs(Label.class);
        assertThat(reason.isVisible()).isTrue();
        assertThat(reason.getText()).startsWith("The key is one 1-byte pattern repeated");
        assertThat(robot.lookup("#nextButton").queryAs(Button.class).isDisabled()).as("refused until ticked").isTrue();

        robot.clickOn("#knownLegacyKey");
        next(robot);
        waitFor(() -> model().stepProperty().get() == WizardModel.Step.DONE);
        assertThat(unwrap(WrappingAlgorithm.RSAES_OAEP_SHA_256, out))
                .isEqualTo(HexFormat.of().parseHex(WeakKeyConfirmationTest.WEAK_KEY));
    }
}
