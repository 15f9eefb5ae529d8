package com.netcore.byok.ui.wizard;

import com.netcore.byok.ui.common.Layouts;
import com.netcore.byok.ui.common.Messages;
import com.netcore.byok.ui.common.Tasks;
import java.util.EnumMap;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The wizard's frame: the list of steps, the current step's view, and Back / Next / Start over. */
public final class WizardController {
    private final WizardContext context;
    private final WizardModel model;
    private final Map<WizardModel.Step, Parent> views = new EnumMap<>(WizardModel.Step.class);
    private final Map<WizardModel.Step, Label> stepLabels = new EnumMap<>(WizardModel.Step.class);
    private KeyController keyController;

    @FXML
    private VBox stepList;
    @FXML
    private StackPane content;
    @FXML
    private Button backButton;
    @FXML
    private Button nextButton;
    @FXML
    private Button startOverButton;

    public WizardController(WizardContext context) {
        this.context = context;
        this.model = context.model();
    }

    @FXML
    private void initialize() {
        for (WizardModel.Step step : WizardModel.Step.values()) {
            Label label = new Label((step.ordinal() + 1) + ". " + Messages.get("step." + step.name().toLowerCase()));
            label.getStyleClass().add("step-label");
            stepLabels.put(step, label);
            stepList.getChildren().add(label);
        }
        nextButton.disableProperty().bind(model.canGoNextBinding().not());
        backButton.disableProperty().bind(model.canGoBackBinding().not());
        startOverButton.disableProperty().bind(model.busyProperty()
                .or(model.stepProperty().isEqualTo(WizardModel.Step.START)));
        model.stepProperty().addListener((obs, old, step) -> show(step));
        show(model.stepProperty().get());
    }

    /** A step's view, loaded the first time it is shown (keeps start-up short). */
    private Parent view(WizardModel.Step step) {
        return views.computeIfAbsent(step, s -> {
            WizardContext.Loaded<Object> loaded = context.load(s.name().toLowerCase());
            Layouts.keepTextWhole(loaded.root());
            if (loaded.controller() instanceof KeyController key) {
                keyController = key;
            }
            return loaded.root();
        });
    }

    private void show(WizardModel.Step step) {
        Parent view = view(step);
        content.getChildren().setAll(view);
        stepLabels.forEach((s, label) -> {
            label.getStyleClass().removeAll("current", "done");
            if (s == step) {
                label.getStyleClass().add("current");
            } else if (s.ordinal() < step.ordinal()) {
                label.getStyleClass().add("done");
            }
        });
        nextButton.setText(Messages.get(step == WizardModel.Step.REVIEW ? "nav.wrap" : "nav.next"));
        nextButton.setVisible(step != WizardModel.Step.DONE && step != WizardModel.Step.WRAP);
        focusFirstControl(view);
        if (step == WizardModel.Step.WRAP) {
            startWrap();
        }
    }

    private void focusFirstControl(Parent view) {
        view.applyCss();
        Node first = view.lookup(".button, .radio-button, .check-box, .text-field");
        (first != null ? first : nextButton).requestFocus();
    }

    private void startWrap() {
        WizardModel.WrapJob job = model.startWrap();
        Tasks.run(job::call, model::wrapSucceeded, model::wrapFailed);
    }

    @FXML
    private void next() {
        if (model.stepProperty().get() == WizardModel.Step.REVIEW && model.review().outputWouldReplaceFiles()
                && !model.review().overwriteConfirmedProperty().get()) {
            boolean replace = context.dialogs().confirm(content.getScene().getWindow(),
                    Messages.get("review.replace.title"), Messages.get("review.replace.message"),
                    Messages.get("review.replace.confirm"));
            if (!replace) {
                return;
            }
            model.review().overwriteConfirmedProperty().set(true);
        }
        model.next();
    }

    @FXML
    private void back() {
        if (model.backDestroysKey() && !context.dialogs().confirm(content.getScene().getWindow(),
                Messages.get("nav.backDestroys.title"), Messages.get("nav.backDestroys.message"),
                Messages.get("nav.backDestroys.confirm"))) {
            return;
        }
        model.back();
    }

    @FXML
    private void startOver() {
        wipeAll();
    }

    /** Destroys key material and wipes every secret field: Start over, and the window closing. */
    public void wipeAll() {
        if (keyController != null) {
            keyController.wipeFields();
        }
        model.startOver();
    }

    KeyController keyController() {
        view(WizardModel.Step.KEY);
        return keyController;
    }
}
