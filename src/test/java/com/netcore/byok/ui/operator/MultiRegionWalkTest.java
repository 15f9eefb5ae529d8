package com.netcore.byok.ui.operator;

import static org.assertj.core.api.Assertions.assertThat;

import com.netcore.byok.core.ImportParameters;
import com.netcore.byok.core.KeySource;
import com.netcore.byok.core.SecretKeyMaterial;
import com.netcore.byok.core.WrappedKeyFiles;
import com.netcore.byok.kms.RegionStatus;
import com.netcore.byok.kms.WrappingKeySpec;
import com.netcore.byok.kms.testserver.KmsTestServer;
import com.netcore.byok.kms.testserver.TestClock;
import com.netcore.byok.ui.MainWindow;
import com.netcore.byok.ui.Screenshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The operator tab with a multi-Region key: replicate from the status step, choose the Region to work in,
 * download that Region's parameters and import the same customer key there, then the table across Regions.
 */
class MultiRegionWalkTest extends OperatorFxTest {
    static final String US = "us-east-1";
    private final TestClock clock = new TestClock();

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(dialogs, clock);
        window.show(stage, 1366, 768);
        stage.sizeToScene();
    }

    @BeforeEach
    void fastWrappingKeys() {
        robot.interact(() -> operator().keySpecProperty().set(WrappingKeySpec.RSA_2048));
    }

    private void click(String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> Viewport.revealNow(robot.lookup("#scroll").queryAs(ScrollPane.class), node));
        robot.clickOn(node);
    }

    private void runAndWait(String button) {
        click(button);
        OperatorTabTest.waitLong(() -> !operator().outcome().busyProperty().get());
        assertThat(operator().outcome().errorProperty().get()).as(button).isEmpty();
    }

    /** Parameters for the Region chosen, the customer's key wrapped for them, the import. */
    private void importInRegion(String name) throws Exception {
        Path params = dir.resolve("params-" + name);
        robot.clickOn("#parametersAction");
        dialogs.folder(params);
        click("#parametersFolderButton");
        runAndWait("#parametersButton");
        Path customer = Files.createDirectories(dir.resolve("customer-" + name));
        try (SecretKeyMaterial key = SecretKeyMaterial.copyOf(HexFormat.of().parseHex(OperatorTabTest.FIRST_KEY))) {
            WrappedKeyFiles.wrapAndWrite(ImportParameters.fromFolder(params, Optional.empty()), key,
                    KeySource.entered(), customer, false, new SecureRandom(), Clock.systemUTC());
        }
        robot.clickOn("#importAction");
        dialogs.folder(customer);
        click("#wrappedButton");
        runAndWait("#importButton");
        assertThat(operator().outcome().resultProperty().get()).contains("Imported key material into arn:aws:kms:"
                + operator().regionProperty().get() + ":");
    }

    @SuppressWarnings("unchecked")
    @Test
    void replicateImportPerRegionAndTheTableAcrossRegions() throws Exception {
        robot.interact(() -> operator().multiRegionProperty().set(true));
        runAndWait("#createButton");
        String arn = operator().keyRefProperty().get();
        assertThat(arn).contains(":key/mrk-");
        importInRegion("eu");

        robot.clickOn("#statusAction");
        click("#replicaRegion");
        robot.write(US);
        runAndWait("#replicateButton");
        assertThat(operator().outcome().resultProperty().get()).contains("Replica: arn:aws:kms:us-east-1:",
                "State: PendingImport");
        runAndWait("#regionsButton");
        RegionsTable table = robot.lookup("#regionsTable").queryAs(RegionsTable.class);
        assertThat(table.shown()).extracting(RegionStatus::region).containsExactly(KmsTestServer.REGION, US);
        assertThat(robot.lookup("#regionsWarnings").queryLabeled().getText())
                .contains("The replica in us-east-1 has no usable key material");

        robot.interact(() -> robot.lookup("#workInRegion").queryAs(ComboBox.class).setValue(US));
        assertThat(operator().regionProperty().get()).isEqualTo(US);
        importInRegion("us");

        robot.clickOn("#statusAction");
        runAndWait("#regionsButton");
        assertThat(table.shown()).allSatisfy(r -> assertThat(r.status().orElseThrow().key().state())
                .isEqualTo("Enabled"));
        assertThat(robot.lookup("#regionsWarnings").queryLabeled().getText()).isEmpty();
        assertThat(operator().outcome().resultProperty().get()).contains("All Regions agree");
        robot.interact(() -> Screenshots.save(stage.getScene(), "operator-regions"));
    }
}
