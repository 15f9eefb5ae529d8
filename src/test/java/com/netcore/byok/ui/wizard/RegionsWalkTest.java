package com.netcore.byok.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import com.netcore.byok.testing.FolderState;
import com.netcore.byok.testing.RegionParams;
import com.netcore.byok.testing.TestKeys;
import com.netcore.byok.ui.MainWindow;
import com.netcore.byok.ui.Screenshots;
import com.netcore.byok.ui.WizardFxTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;

/**
 * The wizard's multi-Region ceremony: three Regions' folders on the parameters step, one key, three Region
 * subfolders that each unwrap with their own private key. Also the Regions step's layout (1280x800, fonts at
 * 100% and 200%) and its screenshot.
 */
class RegionsWalkTest extends WizardFxTest {
    static final List<String> REGIONS = List.of("eu-west-1", "us-east-1", "ap-southeast-2");
    static final List<KeyPair> PAIRS = List.of(TestKeys.rsa(2048), TestKeys.rsa(3072), TestKeys.rsa(4096));
    static final String KEY_HEX = WizardWalkTest.KEY_HEX;

    private final List<String> problems = new ArrayList<>();

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(dialogs, java.time.Clock.systemUTC());
        window.show(stage, 1280, 800);
    }

    private Path region(int i, String keyId) throws Exception {
        return RegionParams.folder(dir.resolve("params-" + REGIONS.get(i) + "-" + keyId), PAIRS.get(i),
                REGIONS.get(i), keyId, Duration.ofHours(20));
    }

    /** Adds a folder through the button; waits until the button's action ran, then until the folder is read. */
    private void addRegion(Path folder) {
        int asked = dialogs.asked.size();
        dialogs.folder(folder);
        robot.clickOn("#addRegionButton");
        waitFor(() -> dialogs.asked.size() > asked);
        waitFor(() -> !model().regions().loadingProperty().get());
    }

    private void checkLayout(String step) {
        robot.interact(() -> {
            Parent root = stage.getScene().getRoot();
            double normal = Font.getDefault().getSize();
            for (int percent : new int[] {100, 200}) {
                root.setStyle("-fx-font-size: " + normal * percent / 100 + "px;");
                Screenshots.truncatedLabels(root).forEach(t -> problems.add(step + " at " + percent + "%: " + t));
            }
            root.setStyle("");
        });
    }

    @Test
    void oneKeyIsWrappedForThreeRegions() throws Exception {
        Path out = emptyFolder("out");
        next(robot);
        dialogs.folder(region(0, RegionParams.MRK));
        robot.clickOn("#chooseFolderButton");
        waitForParameters();
        assertThat(robot.lookup("#regionList").query().isVisible()).as("one Region: no list").isFalse();

        addRegion(region(2, RegionParams.OTHER_MRK));
        assertThat(text(robot, "#regionError")).contains("are for different keys");
        assertThat(model().regions().added()).isEmpty();

        addRegion(region(1, RegionParams.MRK));
        addRegion(region(2, RegionParams.MRK));
        assertThat(text(robot, "#regionError")).isEmpty();
        assertThat(model().regions().rows()).extracting(RegionsModel.Row::region).containsExactlyElementsOf(REGIONS);
        assertThat(model().regions().rows().get(1).fingerprint())
                .isEqualTo(com.netcore.byok.core.WrappingPublicKey.load(region(1, RegionParams.MRK)
                        .resolve("WrappingPublicKey.bin")).fingerprintGrouped());
        assertThat(model().regions().rows()).allSatisfy(row -> assertThat(row.timeLeft()).endsWith(" left"));

        robot.interact(() -> Screenshots.save(stage.getScene(), "wizard-2-regions"));

        Path again = region(1, RegionParams.MRK);
        robot.interact(() -> model().regions().add(again)); // the list now reaches the fold; added through the model
        assertThat(text(robot, "#regionError")).contains("are both for Region us-east-1");
        assertThat(model().regions().added()).hasSize(2);

        // at 1280x800 the check box lies below the fold; a person scrolls, the test sets it
        robot.interact(() -> model().parameters().fingerprintComparedProperty().set(true));
        checkLayout("parameters with three Regions");
        next(robot);
        assertThat(model().stepProperty().get()).isEqualTo(WizardModel.Step.KEY);

        robot.clickOn("#enterChoice");
        typeInto(robot, "#keyField", KEY_HEX);
        robot.clickOn("#useKeyButton");
        String kcv = text(robot, "#kcv");
        next(robot);
        dialogs.folder(out);
        robot.clickOn("#chooseOutputButton");
        assertThat(text(robot, "#regions")).contains("eu-west-1: ", "us-east-1: ", "ap-southeast-2: ");
        checkLayout("review with three Regions");
        robot.interact(() -> model().review().confirmedProperty().set(true));
        next(robot);
        waitFor(() -> model().stepProperty().get() == WizardModel.Step.DONE);
        checkLayout("done with three Regions");

        assertThat(FolderState.names(out)).containsExactly("ap-southeast-2", "eu-west-1", "us-east-1");
        for (int i = 0; i < REGIONS.size(); i++) {
            Path folder = out.resolve(REGIONS.get(i));
            byte[] key = TestKeys.unwrap("RSAES_OAEP_SHA_256", PAIRS.get(i).getPrivate(), List.of(256, 384, 512).get(i),
                    Files.readAllBytes(folder.resolve("CustomerEncryptionKey.bin")));
            assertThat(key).isEqualTo(HexFormat.of().parseHex(KEY_HEX));
            assertThat(Files.readString(folder.resolve("CustomerEncryptionKey-receipt.txt")))
                    .contains("KCV (AES-CMAC): " + kcv + "\n", "Other Regions: ");
            assertThat(text(robot, "#files")).contains(folder.resolve("CustomerEncryptionKey.bin").toString());
        }
        assertThat(robot.lookup("#regionsSend").query().isVisible()).isTrue();
        assertThat(problems).isEmpty();
    }

    @Test
    void removingARegionLeavesTheOthersAndAskForANewComparison() throws Exception {
        next(robot);
        dialogs.folder(region(0, RegionParams.MRK));
        robot.clickOn("#chooseFolderButton");
        waitForParameters();
        addRegion(region(1, RegionParams.MRK));
        robot.clickOn("#fingerprintCompared");
        addRegion(region(2, RegionParams.MRK));
        assertThat(model().parameters().fingerprintComparedProperty().get()).as("a new fingerprint to compare").isFalse();

        robot.clickOn(robot.lookup(".button").match(n -> n instanceof javafx.scene.control.Button b
                && "Remove us-east-1".equals(b.getAccessibleText())).queryButton());

        assertThat(model().regions().rows()).extracting(RegionsModel.Row::region)
                .containsExactly("eu-west-1", "ap-southeast-2");
    }
}
