package com.netcore.byok.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.ui.MainWindow;
import com.netcore.byok.ui.Screenshots;
import com.netcore.byok.ui.WizardFxTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;

/**
 * Every step at the README's window size (screenshots), and at 1280x800 with fonts at 100% and 200%:
 * no label, button or box may be cut short.
 */
class WizardLayoutTest extends WizardFxTest {

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(dialogs, java.time.Clock.systemUTC());
        window.show(stage, 1280, 800);
    }

    private final List<String> problems = new ArrayList<>();

    private void check(String step) {
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

    private void picture(String name) {
        robot.interact(() -> Screenshots.save(stage.getScene(), name));
    }

    @Test
    void everyOperatorActionFits() {
        for (var action : com.netcore.byok.ui.operator.OperatorModel.Action.values()) {
            robot.interact(() -> {
                window.selectTab(1);
                window.operatorModel().actionProperty().set(action);
            });
            check("operator " + action);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckFindsACutLabel() {
        robot.interact(() -> {
            javafx.scene.control.Button cut = new javafx.scene.control.Button("A label far too long for its room");
            cut.setMaxWidth(60);
            javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(cut);
            new javafx.scene.Scene(box, 200, 100);
            assertThat(Screenshots.truncatedLabels(box)).hasSize(1);
        });
    }

    @Test
    void everyStepFitsAndIsPictured() throws Exception {
        WizardModel model = model();
        Path params = params(WrappingAlgorithm.RSAES_OAEP_SHA_256);
        Path out = emptyFolder("out");

        check("start");
        picture("wizard-1-start");
        robot.interact(() -> {
            model.next();
            model.parameters().load(params);
            model.parameters().fingerprintComparedProperty().set(true);
        });
        check("parameters");
        picture("wizard-2-parameters");
        robot.interact(() -> {
            model.next();
            model.key().generateKey();
        });
        check("key, generated");
        picture("wizard-3-key-generated");
        robot.interact(() -> {
            model.key().choiceProperty().set(KeyModel.KeyChoice.COMPONENTS);
            model.key().checkComponent(WizardWalkTest.C1.toCharArray());
            model.key().acceptComponent();
            model.key().checkComponent(WizardWalkTest.C2.toCharArray());
        });
        check("key, components");
        picture("wizard-3-key-components");
        robot.interact(() -> {
            model.key().acceptComponent();
            model.key().checkComponent(WizardWalkTest.C3.toCharArray());
            model.key().acceptComponent();
            model.next();
            model.review().chooseOutputFolder(out);
            model.review().confirmedProperty().set(true);
        });
        check("review");
        picture("wizard-4-review");
        robot.interact(() -> {
            model.next(); // starts the wrap on the worker; the picture shows it running
            stage.getScene().getRoot().applyCss();
            Screenshots.save(stage.getScene(), "wizard-5-wrap");
        });
        waitFor(() -> model.stepProperty().get() == WizardModel.Step.DONE);
        check("done");
        picture("wizard-6-done");

        assertThat(problems).isEmpty();
        assertThat(Screenshots.folder().resolve("wizard-6-done.png")).exists();
    }
}
