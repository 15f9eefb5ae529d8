package com.netcore.byok.ui.operator;

import static org.assertj.core.api.Assertions.assertThat;

import com.netcore.byok.core.ImportParameters;
import com.netcore.byok.core.KeySource;
import com.netcore.byok.core.SecretKeyMaterial;
import com.netcore.byok.core.WrappedKeyFiles;
import com.netcore.byok.kms.WrappingKeySpec;
import com.netcore.byok.kms.testserver.TestClock;
import com.netcore.byok.ui.MainWindow;
import com.netcore.byok.ui.Screenshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;

/**
 * The operator's walk at 1366x768 against the KMS test server: create key, download parameters (the countdown
 * runs on a clock the test moves), import, status. After each action its result must be in the visible part of
 * the scrolled step, not only present; the status line at the bottom says what happened and when.
 */
class OperatorWalkTest extends OperatorFxTest {
    private final TestClock clock = new TestClock();

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(dialogs, clock);
        window.show(stage, 1366, 768);
        stage.sizeToScene(); // the stage may keep an explicit size from an earlier test class
    }

    @Test
    void theWindowIsTheSmallLaptopSize() {
        assertThat(stage.getScene().getWidth()).isEqualTo(1366);
        assertThat(stage.getScene().getHeight()).isEqualTo(768);
    }

    /** Like a person: scrolls to the button if needed, then clicks it. */
    private void click(String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            ScrollPane scroll = robot.lookup("#scroll").queryAs(ScrollPane.class);
            if (!inViewport(node)) {
                Viewport.revealNow(scroll, node);
            }
        });
        robot.clickOn(node);
    }

    private void runAndWait(String button) {
        click(button);
        OperatorTabTest.waitLong(() -> !operator().outcome().busyProperty().get());
    }

    /** The node's bounds in the scene intersect the visible part of the scroll pane's viewport. */
    private boolean inViewport(Node node) {
        ScrollPane scroll = robot.lookup("#scroll").queryAs(ScrollPane.class);
        Node viewport = scroll.lookup(".viewport");
        Bounds visible = viewport.localToScene(viewport.getLayoutBounds());
        Bounds shown = node.localToScene(node.getLayoutBounds());
        Bounds window = new javafx.geometry.BoundingBox(0, 0, stage.getScene().getWidth(), stage.getScene().getHeight());
        return node.isVisible() && shown.getHeight() > 0 && shown.intersects(visible) && shown.intersects(window);
    }

    private void assertInView(String query) {
        Node node = robot.lookup(query).query();
        assertThat(node).as(query).isNotNull();
        assertThat(inViewport(node)).as(query + " is in the visible part of the window").isTrue();
    }

    private String statusLine() {
        return robot.lookup("#statusLine").queryLabeled().getText();
    }

    private void picture(String name) {
        robot.interact(() -> Screenshots.save(stage.getScene(), name));
    }

    private Path customerWraps(Path params) throws Exception {
        Path out = Files.createDirectories(dir.resolve("customer"));
        try (SecretKeyMaterial key = SecretKeyMaterial.copyOf(HexFormat.of().parseHex(OperatorTabTest.FIRST_KEY))) {
            WrappedKeyFiles.wrapAndWrite(ImportParameters.fromFolder(params, Optional.empty()), key, KeySource.entered(),
                    out, false, new SecureRandom(), Clock.systemUTC());
        }
        return out;
    }

    private List<String> timesLeft() {
        return robot.lookup(".time-left").queryAllAs(Labeled.class).stream().filter(Node::isVisible)
                .map(Labeled::getText).distinct().toList();
    }

    @Test
    void createDownloadImportStatusWithEachResultInView() throws Exception {
        robot.clickOn("#alias").write("customer-bank-a", 0);
        runAndWait("#createButton");
        assertThat(operator().outcome().errorProperty().get()).isEmpty();
        assertThat(operator().outcome().resultProperty().get()).startsWith("Created key arn:aws:kms:");
        assertInView("#result");
        assertThat(statusLine()).matches("\\d\\d:\\d\\d:\\d\\d UTC, 1\\. Create the KMS key: Created key arn:aws:kms:.*");
        assertThat(robot.lookup("#createAction").query().getStyleClass()).contains("current");
        picture("operator-1-create");

        Path params = dir.resolve("params");
        robot.clickOn("#parametersAction");
        assertThat(robot.lookup("#createAction").query().getStyleClass()).contains("done").doesNotContain("current");
        robot.interact(() -> operator().keySpecProperty().set(WrappingKeySpec.RSA_2048)); // fast keys for the test
        dialogs.folder(params);
        click("#parametersFolderButton");
        runAndWait("#parametersButton");
        assertThat(operator().outcome().errorProperty().get()).isEmpty();
        assertInView("#parameterSets .time-left");
        assertInView("#result");
        assertThat(timesLeft()).singleElement().asString().matches("23 hours 59 minutes left|1 day left");
        assertThat(statusLine()).contains("2. Download import parameters: Import parameters for arn:aws:kms:");
        picture("operator-2-parameters");

        robot.interact(() -> {
            clock.advance(Duration.ofHours(22).plusMinutes(30));
            operator().inFlight().tick(); // what the tab's one-minute timeline does
        });
        assertThat(timesLeft()).singleElement().asString().matches("1 hour 2\\d minutes left");
        assertThat(robot.lookup("#parameterSets .time-left").query().getStyleClass()).contains("warning-text");
        picture("operator-2-countdown");

        Path customer = customerWraps(params);
        robot.clickOn("#importAction");
        assertThat(robot.lookup("#importParameterSets .radio-button").queryAll()).hasSize(1);
        assertThat(operator().parametersFolderProperty().get()).isEqualTo(params);
        dialogs.folder(customer);
        click("#wrappedButton");
        robot.interact(() -> robot.lookup("#expiryDays").queryAs(Spinner.class).getValueFactory().setValue(30));
        runAndWait("#importButton");
        assertThat(operator().outcome().errorProperty().get()).isEmpty();
        assertThat(operator().outcome().resultProperty().get()).contains("Imported key material into");
        assertInView("#result");
        assertThat(statusLine()).contains("3. Import the customer's key: Imported key material into");
        picture("operator-3-import");

        robot.clickOn("#statusAction");
        runAndWait("#statusButton");
        assertThat(operator().outcome().errorProperty().get()).isEmpty();
        assertInView("#statusView");
        assertThat(robot.lookup("#statusView .mono").queryAllAs(Labeled.class).stream().map(Labeled::getText))
                .contains(operator().keyRefProperty().get(), "Enabled");
        assertThat(statusLine()).contains("4. Status: Key: arn:aws:kms:");
        assertThat(List.of("#createAction", "#parametersAction", "#importAction"))
                .allSatisfy(step -> assertThat(robot.lookup(step).query().getStyleClass()).contains("done"));
        picture("operator-4-status");

        robot.interact(() -> {
            clock.advance(Duration.ofHours(2));
            operator().inFlight().tick();
        });
        robot.clickOn("#importAction");
        assertThat(timesLeft()).containsExactly("expired: download new parameters");
    }

    @Test
    void anErrorIsInViewAndStaysInTheStatusLine() {
        robot.clickOn("#statusAction");
        runAndWait("#statusButton");
        assertThat(operator().outcome().errorProperty().get()).startsWith("Enter the KMS key");
        assertInView("#operatorError");
        assertThat(statusLine()).contains("4. Status failed: Enter the KMS key");
        assertThat(robot.lookup("#statusLine").query().getStyleClass()).contains("field-error");
        picture("operator-6-error");
    }
}
