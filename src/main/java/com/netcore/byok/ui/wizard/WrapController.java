package com.netcore.byok.ui.wizard;

import com.netcore.byok.ui.common.Messages;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;

/** The wrap step's view: progress while the key is wrapped, and the error when it fails. */
public final class WrapController {
    private final WizardModel model;

    @FXML
    private Label status;
    @FXML
    private ProgressBar progress;
    @FXML
    private Label error;

    public WrapController(WizardContext context) {
        this.model = context.model();
    }

    @FXML
    private void initialize() {
        progress.progressProperty().bind(javafx.beans.binding.Bindings.when(model.busyProperty())
                .then(ProgressBar.INDETERMINATE_PROGRESS).otherwise(0));
        error.textProperty().bind(model.wrapErrorProperty());
        status.textProperty().bind(javafx.beans.binding.Bindings.when(model.wrapErrorProperty().isEmpty())
                .then(Messages.get("wrap.running")).otherwise(Messages.get("wrap.failed")));
    }
}
