package com.netcore.byok.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import com.netcore.byok.core.SecretKeyMaterial;
import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.ui.WizardFxTest;
import com.netcore.byok.ui.common.SecretField;
import com.netcore.byok.ui.common.SecretTextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
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
        SecretKeyMaterial generated = model().key().keyProperty().get();
        robot.clickOn("#enterChoice");
        assertThat(generated.isDestroyed()).as("switching the key source destroys the previous key").isTrue();
        SecretField field = secretField(robot, "#keyField");
        typeInto(robot, "#keyField", WizardWalkTest.KEY_HEX.substring(0, 30));
        assertThat(field.isWiped()).isFalse();

        robot.clickOn("#startOverButton");

        assertThat(field.isWiped()).isTrue();
        assertThat(model().stepProperty().get()).isEqualTo(WizardModel.Step.START);
        assertThat(model().parameters().parametersProperty().get()).isNull();
    }

    @Test
    void backPastTheKeyStepAsksThenDestroysTheKey() throws Exception {
        throughParameters(robot, params(WrappingAlgorithm.RSAES_OAEP_SHA_256));
        robot.clickOn("#generateButton");
        SecretKeyMaterial key = model().key().keyProperty().get();

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
        SecretKeyMaterial pending = model().key().pendingComponentProperty().get();
        SecretField componentField = secretField(robot, "#componentField");
        SecretField keyField = window.wizard().keyController().keyField();
        robot.clickOn("#acceptComponentButton");
        typeInto(robot, "#componentField", WizardWalkTest.C2.substring(0, 10));

        robot.interact(stage::close);

        assertThat(pending.isDestroyed()).isTrue();
        assertThat(componentField.isWiped()).isTrue();
        assertThat(keyField.isWiped()).isTrue();
        assertThat(model().key().acceptedComponents()).isZero();
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

    private static final String SHARE_LINE = "Data 1: 88FA EF51 0C1D 2B3A";

    private SecretTextArea typeAShareLine() throws Exception {
        throughParameters(robot, params(WrappingAlgorithm.RSAES_OAEP_SHA_256));
        robot.clickOn("#sharesChoice");
        SecretTextArea shareText = robot.lookup("#shareText").queryAs(SecretTextArea.class);
        robot.interact(() -> shareText.replaceText(0, 0, SHARE_LINE + "\n"));
        assertThat(shareText.isWiped()).isFalse();
        return shareText;
    }

    @Test
    void typedShareShowsOnlyItsLayoutAndStartOverZeroesItsBuffer() throws Exception {
        SecretTextArea shareText = typeAShareLine();
        assertThat(shareText.getText()).as("the control shows bullets, spaces and line breaks only")
                .doesNotContain("88FA").doesNotContain("Data").matches("[\u2022 :\n]+");
        assertThat(shareText.characterCount()).isEqualTo(SHARE_LINE.length() + 1);

        robot.clickOn("#startOverButton");

        assertThat(shareText.isWiped()).isTrue();
        assertThat(shareText.getText()).isEmpty();
    }

    @Test
    void closingTheWindowZeroesTheTypedShare() throws Exception {
        SecretTextArea shareText = typeAShareLine();

        robot.interact(stage::close);

        assertThat(shareText.isWiped()).isTrue();
    }

    @Test
    void typedShareCannotBeCopiedOrCut() throws Exception {
        SecretTextArea shareText = typeAShareLine();
        robot.interact(() -> {
            ClipboardContent marker = new ClipboardContent();
            marker.putString("clipboard before");
            Clipboard.getSystemClipboard().setContent(marker);
            shareText.selectAll();
            shareText.copy();
            shareText.cut();
        });
        assertThat(readClipboard()).isEqualTo("clipboard before");
        assertThat(shareText.characterCount()).as("cut removed nothing").isEqualTo(SHARE_LINE.length() + 1);
        assertThat(shareText.getContextMenu().getItems()).as("no Copy or Cut in a context menu").isEmpty();
    }

    private String readClipboard() {
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }
}
