package com.netcore.byok.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.testing.Params;
import com.netcore.byok.testing.TestKeys;
import com.netcore.byok.ui.common.SecretField;
import com.netcore.byok.ui.wizard.WizardModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** Base of the wizard's GUI tests: the real window with scripted dialogs, and the moves of a walk. */
public abstract class WizardFxTest extends ApplicationTest {
    protected static final KeyPair PAIR = TestKeys.rsa(2048);
    protected static final int MODULUS_BYTES = 256;

    @TempDir
    protected Path dir;
    protected final ScriptedDialogs dialogs = new ScriptedDialogs();
    protected MainWindow window;
    protected Stage stage;

    /** This test as the robot: {@code robot.clickOn(...)} reads like a person's action. */
    protected final FxRobot robot = this;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(dialogs, Clock.systemUTC());
        window.show(stage, 1400, 1050);
    }

    protected WizardModel model() {
        return window.wizardModel();
    }

    protected Path params(WrappingAlgorithm algorithm) throws Exception {
        return Params.folder(dir.resolve("params"), PAIR, algorithm, Duration.ofHours(20));
    }

    protected Path emptyFolder(String name) throws Exception {
        return Files.createDirectories(dir.resolve(name));
    }

    protected void next(FxRobot robot) {
        robot.clickOn("#nextButton");
    }

    /** Steps 1 and 2: load the parameters folder and confirm the fingerprint comparison. */
    protected void throughParameters(FxRobot robot, Path params) {
        next(robot);
        dialogs.folder(params);
        robot.clickOn("#chooseFolderButton");
        waitForParameters();
        assertThat(text(robot, "#error")).isEmpty();
        robot.clickOn("#fingerprintCompared");
        next(robot);
        assertThat(model().stepProperty().get()).isEqualTo(WizardModel.Step.KEY);
    }

    /** The parameters are read off the FX thread: waits until they are loaded, or refused. */
    protected void waitForParameters() {
        waitFor(() -> !model().parameters().loadingProperty().get());
    }

    /** Steps 4 to 6: choose the output folder, confirm, wrap, wait for Done. */
    protected void reviewAndWrap(FxRobot robot, Path out) {
        next(robot);
        dialogs.folder(out);
        robot.clickOn("#chooseOutputButton");
        robot.clickOn("#confirm");
        next(robot);
        waitFor(() -> model().stepProperty().get() == WizardModel.Step.DONE);
    }

    protected void typeInto(FxRobot robot, String fieldQuery, String text) {
        robot.clickOn(fieldQuery);
        robot.write(text, 0);
    }

    protected SecretField secretField(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(SecretField.class);
    }

    protected static String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node == null ? null : ((Labeled) node).getText();
    }

    protected static void waitFor(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not reached in 60 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents(); // what the FX thread does on that change (e.g. show a view) is done too
    }

    protected byte[] unwrap(WrappingAlgorithm algorithm, Path out) throws Exception {
        return TestKeys.unwrap(algorithm.name(), PAIR.getPrivate(), MODULUS_BYTES,
                Files.readAllBytes(out.resolve("CustomerEncryptionKey.bin")));
    }
}
