package com.netcore.byok.ui.operator;

import static org.assertj.core.api.Assertions.assertThat;

import com.netcore.byok.kms.KeyInfo;
import com.netcore.byok.kms.KeyMaterialInfo;
import com.netcore.byok.kms.KeyStatus;
import com.netcore.byok.ui.MainWindow;
import com.netcore.byok.ui.Screenshots;
import com.netcore.byok.ui.WizardFxTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TextField;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;

/**
 * Every operator step at 1366x768 and 1280x800, fonts at 100% and 200%, with parameter sets in flight and a
 * key status shown: no label, button or box cut short, no placeholder cut, the header and step list inside the window.
 */
class OperatorLayoutTest extends WizardFxTest {
    static final String ARN = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    private final Clock clock = Clock.systemUTC();
    private final List<String> problems = new ArrayList<>();

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(dialogs, clock);
        window.show(stage, 1366, 768);
        stage.sizeToScene(); // the stage may keep an explicit size from an earlier test class
    }

    @org.junit.jupiter.api.AfterEach
    void giveTheStageBackItsSceneSize() {
        robot.interact(stage::sizeToScene); // later test classes size the window by their scene again
    }

    private OperatorModel operator() {
        return window.operatorModel();
    }

    private void fillIn() {
        robot.interact(() -> {
            window.selectTab(1);
            OperatorModel model = operator();
            model.keyRefProperty().set(ARN);
            Instant now = clock.instant();
            model.inFlight().add(new ParameterSet(dir.resolve("params-bank-a"), ARN, now.plus(Duration.ofHours(23))));
            model.inFlight().add(new ParameterSet(dir.resolve("params-bank-a-rotation"), ARN,
                    now.plus(Duration.ofMinutes(80))));
            model.parametersFolderProperty().set(dir.resolve("params-bank-a"));
            model.wrappedProperty().set(dir.resolve("customer-bank-a"));
            String material = "a".repeat(64);
            KeyInfo key = new KeyInfo(ARN, ARN.substring(ARN.lastIndexOf('/') + 1), "111122223333", "Enabled",
                    "EXTERNAL", "SYMMETRIC_DEFAULT", "ENCRYPT_DECRYPT", false, Optional.of("Bank A"),
                    Optional.of(KeyInfo.EXPIRES), Optional.of(now.plus(Duration.ofDays(20))), Optional.of(material),
                    Optional.empty(), Optional.of(now));
            KeyStatus status = new KeyStatus(key, List.of("alias/customer-bank-a"), List.of(new KeyMaterialInfo(material,
                    Optional.empty(), "IMPORTED", "CURRENT", Optional.of(KeyInfo.EXPIRES),
                    Optional.of(now.plus(Duration.ofDays(20))), Optional.empty(), Optional.empty())), List.of(), now);
            model.outcome().statusArrived(status, "Key: " + ARN + "\n  State: Enabled\n");
        });
    }

    private void check(String where) {
        robot.interact(() -> {
            Parent root = stage.getScene().getRoot();
            double normal = Font.getDefault().getSize();
            for (int percent : new int[] {100, 200}) {
                root.setStyle("-fx-font-size: " + normal * percent / 100 + "px;");
                String at = where + " at " + percent + "%: ";
                Screenshots.truncatedLabels(root).forEach(t -> problems.add(at + t));
                cutPrompts(root).forEach(t -> problems.add(at + t));
                for (String query : List.of("#region", "#profile", "#endpoint", "#keyRef", "#revokeAction")) {
                    Node node = root.lookup(query);
                    Bounds shown = node.localToScene(node.getLayoutBounds());
                    if (shown.getMaxX() > stage.getScene().getWidth() + 0.5
                            || shown.getMaxY() > stage.getScene().getHeight() + 0.5) {
                        problems.add(at + query + " reaches outside the window: " + shown);
                    }
                }
            }
            root.setStyle("");
        });
    }

    /** Text fields narrower than their placeholder ("from the profile or AWS_REGIO"). */
    static List<String> cutPrompts(Parent root) {
        List<String> cut = new ArrayList<>();
        for (Node node : root.lookupAll(".text-field")) {
            if (node instanceof TextField field && field.isVisible() && field.getScene() != null
                    && field.getPromptText() != null && !field.getPromptText().isEmpty() && treeVisible(field)) {
                double needed = FieldWidths.textWidth(field, field.getPromptText()) + field.getInsets().getLeft()
                        + field.getInsets().getRight();
                if (field.getWidth() + 0.5 < needed) {
                    cut.add("placeholder '" + field.getPromptText() + "' needs " + Math.ceil(needed) + " px, has "
                            + field.getWidth());
                }
            }
        }
        return cut;
    }

    private static List<Node> allNodes(Node node, List<Node> into) {
        into.add(node);
        if (node instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null
                && scroll.getChildrenUnmodifiable().isEmpty()) {
            allNodes(scroll.getContent(), into); // content is not a child until the skin exists
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> allNodes(child, into));
        }
        return into;
    }

    private static boolean treeVisible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void everyStepFitsAtBothSizesAndFontScales() {
        fillIn();
        for (double[] size : new double[][] {{1366, 768}, {1280, 800}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            assertThat(stage.getScene().getWidth()).isEqualTo(size[0]);
            for (OperatorModel.Action action : OperatorModel.Action.values()) {
                robot.interact(() -> operator().actionProperty().set(action));
                check((int) size[0] + "x" + (int) size[1] + " " + action);
            }
        }
        assertThat(stage.getScene().getWidth()).isEqualTo(1280);
        assertThat(stage.getScene().getHeight()).isEqualTo(800);
        assertThat(problems).isEmpty();
    }

    /** Every button and box of every step has its own mnemonic; no two visible at once share a letter. */
    @Test
    void everyActionHasAMnemonicAndEnterRunsOnlyTheShownStep() {
        fillIn();
        for (OperatorModel.Action action : OperatorModel.Action.values()) {
            robot.interact(() -> operator().actionProperty().set(action));
            List<String> letters = new ArrayList<>();
            for (Node node : allNodes(stage.getScene().getRoot(), new ArrayList<>())) {
                if (!(node instanceof javafx.scene.control.ButtonBase button) || !treeVisible(button)
                        || button.getParent() instanceof javafx.scene.layout.GridPane) {
                    continue; // the parameter sets' folder choices are paths, chosen with the arrow keys
                }
                String text = button.getText();
                assertThat(button.isMnemonicParsing() && text.contains("_")).as(action + ": " + text).isTrue();
                letters.add(text.substring(text.indexOf('_') + 1, text.indexOf('_') + 2).toUpperCase());
            }
            assertThat(letters).as(action + " buttons").hasSizeGreaterThanOrEqualTo(7);
            assertThat(letters).as(action + " mnemonics " + letters).doesNotHaveDuplicates();
            List<String> defaults = allNodes(stage.getScene().getRoot(), new ArrayList<>()).stream()
                    .filter(n -> n instanceof javafx.scene.control.Button b && b.isDefaultButton() && treeVisible(b))
                    .map(n -> ((javafx.scene.control.Button) n).getText()).toList();
            assertThat(defaults).as(action + ": buttons that Enter runs")
                    .hasSize(action == OperatorModel.Action.REVOKE ? 0 : 1);
        }
    }

    @Test
    void theCheckFindsACutPlaceholder() {
        robot.interact(() -> {
            TextField narrow = new TextField();
            narrow.setPromptText("from the profile or AWS_REGION");
            narrow.setMaxWidth(80);
            javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(narrow);
            new javafx.scene.Scene(box, 300, 100);
            box.applyCss();
            box.layout();
            assertThat(cutPrompts(box)).hasSize(1);
        });
    }

    @Test
    void theRegionPlaceholderIsWholeInTheRealWindow() {
        robot.interact(() -> window.selectTab(1));
        TextField region = robot.lookup("#region").queryAs(TextField.class);
        assertThat(region.getPromptText()).isEqualTo("from the profile or AWS_REGION");
        assertThat(region.getWidth()).isGreaterThanOrEqualTo(FieldWidths.textWidth(region, region.getPromptText()));
    }
}
