package com.netcore.byok.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import com.netcore.byok.core.SecretKeyMaterial;
import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.ui.WizardFxTest;
import com.netcore.byok.ui.common.SecretField;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Start over, Back past the key step and closing the window destroy key material and wipe secret fields. */
class SecretHygieneTest extends WizardFxTest {

    @Test
    void startOverWipesTheFieldAndDestroysTheKey() throws Exception {
        throughParameters(robot, params(WrappingAlgorithm.RSAES_OAEP_SHA_256));
        robot.clickOn("#generateButton");
        SecretKeyMaterial generated = model().keyProperty().get();
        robot.clickOn("#enterChoice");
        assertThat(generated.isDestroyed()).as("switching the key source destroys the previous key").isTrue();
        SecretField field = secretField(robot, "#keyField");
        typeInto(robot, "#keyField", WizardWalkTest.KEY_HEX.substring(0, 30));
        assertThat(field.isWiped()).isFalse();

        robot.clickOn("#startOverButton");

        assertThat(field.isWiped()).isTrue();
        assertThat(model().stepProperty().get()).isEqualTo(WizardModel.Step.START);
        assertThat(model().parametersProperty().get()).isNull();
    }

    @Test
    void backPastTheKeyStepAsksThenDestroysTheKey() throws Exception {
        throughParameters(robot, params(WrappingAlgorithm.RSAES_OAEP_SHA_256));
        robot.clickOn("#generateButton");
        SecretKeyMaterial key = model().keyProperty().get();

        dialogs.confirm(false);
        robot.clickOn("#backButton");
        assertThat(key.isDestroyed()).isFalse();
        assertThat(model().stepProperty().get()).isEqualTo(WizardModel.Step.KEY);

        dialogs.confirm(true);
        robot.clickOn("#backButton");
        assertThat(key.isDestroyed()).isTrue();
        assertThat(model().stepProperty().get()).isEqualTo(WizardModel.Step.PARAMETERS);
        assertThat(dialogs.asked).containsExactly("folder: Folder with WrappingPublicKey.bin and README.txt",
                "confirm: Destroy the key?", "confirm: Destroy the key?");
    }

    @Test
    void closingTheWindowWipesEverything() throws Exception {
        throughParameters(robot, params(WrappingAlgorithm.RSAES_OAEP_SHA_256));
        robot.clickOn("#componentsChoice");
        typeInto(robot, "#componentField", WizardWalkTest.C1);
        robot.clickOn("#checkComponentButton");
        SecretKeyMaterial pending = model().pendingComponentProperty().get();
        SecretField componentField = secretField(robot, "#componentField");
        SecretField keyField = window.wizard().keyController().keyField();
        robot.clickOn("#acceptComponentButton");
        typeInto(robot, "#componentField", WizardWalkTest.C2.substring(0, 10));

        robot.interact(stage::close);

        assertThat(pending.isDestroyed()).isTrue();
        assertThat(componentField.isWiped()).isTrue();
        assertThat(keyField.isWiped()).isTrue();
        assertThat(model().acceptedComponents()).isZero();
    }

    @Test
    void nothingSecretReachesLogsOrConsoleDuringAWalk() throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        StringBuilder logged = new StringBuilder();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.append(record.getLevel()).append(' ').append(record.getMessage()).append('\n');
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        Level before = root.getLevel();
        root.setLevel(Level.ALL);
        root.addHandler(capture);
        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream tee = new PrintStream(console, true);
        System.setOut(tee);
        System.setErr(tee);
        try {
            Path output = emptyFolder("out");
            throughParameters(robot, params(WrappingAlgorithm.RSAES_OAEP_SHA_256));
            robot.clickOn("#enterChoice");
            typeInto(robot, "#keyField", WizardWalkTest.KEY_HEX);
            robot.clickOn("#useKeyButton");
            reviewAndWrap(robot, output);
        } finally {
            System.setOut(out);
            System.setErr(err);
            root.removeHandler(capture);
            root.setLevel(before);
        }
        String everything = (console + "\n" + logged).toLowerCase();
        byte[] key = HexFormat.of().parseHex(WizardWalkTest.KEY_HEX);
        assertThat(everything).doesNotContain(WizardWalkTest.KEY_HEX.substring(0, 16))
                .doesNotContain(WizardWalkTest.KEY_HEX.substring(40, 56))
                .doesNotContain(Base64.getEncoder().encodeToString(key).substring(0, 12).toLowerCase());
    }
}
