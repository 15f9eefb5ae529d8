package com.netcore.byok.ui.operator;

import com.netcore.byok.ui.common.Messages;
import java.util.Map;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;

/** The operator's step list in the wizard's look: numbered, the current step highlighted, done steps marked. */
final class OperatorSteps {
    private OperatorSteps() {
    }

    /** The step's name as a title: "1. Create the KMS key" (the list's text without its mnemonic mark). */
    static String title(OperatorModel.Action step) {
        return Messages.get("operator.action." + step.name().toLowerCase()).replaceFirst("_", "");
    }

    static void bind(OperatorModel model, Map<Toggle, OperatorModel.Action> buttons, Label title) {
        Runnable mark = () -> buttons.forEach((toggle, step) -> {
            ToggleButton button = (ToggleButton) toggle;
            button.getStyleClass().removeAll("current", "done");
            if (step == model.actionProperty().get()) {
                button.getStyleClass().add("current");
            } else if (model.progress().isDone(step)) {
                button.getStyleClass().add("done");
            }
            button.setAccessibleText(title(step) + (model.progress().isDone(step)
                    ? " " + Messages.get("operator.stepDone") : ""));
        });
        model.actionProperty().addListener((obs, old, step) -> {
            title.setText(title(step));
            mark.run();
        });
        model.progress().doneSteps().addListener((SetChangeListener<OperatorModel.Action>) change -> mark.run());
        title.setText(title(model.actionProperty().get()));
        mark.run();
    }
}
