package com.netcore.byok.ui.wizard;

import com.netcore.byok.ui.common.Messages;
import com.netcore.byok.ui.common.NetworkStatus;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** The first step's view: what the ceremony needs, and whether this machine shows an active network. */
public final class StartController {
    @FXML
    private Label networkStatus;

    public StartController(WizardContext context) {
        // nothing to keep: this step only informs
    }

    @FXML
    private void initialize() {
        List<String> active = NetworkStatus.activeInterfaces();
        networkStatus.setText(active.isEmpty() ? Messages.get("start.networkNone")
                : Messages.get("start.networkActive", String.join(", ", active)));
        networkStatus.getStyleClass().add(active.isEmpty() ? "success-text" : "warning-text");
    }
}
