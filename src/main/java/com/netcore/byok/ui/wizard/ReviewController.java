package com.netcore.byok.ui.wizard;

import com.netcore.byok.core.ImportParameters;
import com.netcore.byok.ui.common.Messages;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;

public final class ReviewController {
    private final WizardContext context;
    private final WizardModel model;

    @FXML
    private Label algorithm;
    @FXML
    private Label fingerprint;
    @FXML
    private Label keyArn;
    @FXML
    private Label expiry;
    @FXML
    private Label kcv;
    @FXML
    private Label source;
    @FXML
    private Label output;
    @FXML
    private Button chooseOutputButton;
    @FXML
    private Label outputError;
    @FXML
    private CheckBox confirm;

    public ReviewController(WizardContext context) {
        this.context = context;
        this.model = context.model();
    }

    @FXML
    private void initialize() {
        model.stepProperty().addListener((obs, old, step) -> {
            if (step == WizardModel.Step.REVIEW) {
                refresh();
            }
        });
        kcv.textProperty().bind(model.kcvProperty());
        output.setText(Messages.get("review.noOutput"));
        model.outputFolderProperty().addListener((obs, old, folder) -> output.setText(folder == null
                ? Messages.get("review.noOutput") : folder.toString()));
        outputError.textProperty().bind(model.outputErrorProperty());
        outputError.visibleProperty().bind(outputError.textProperty().isNotEmpty());
        outputError.managedProperty().bind(outputError.visibleProperty());
        confirm.selectedProperty().bindBidirectional(model.reviewConfirmedProperty());
        refresh(); // views load when first shown: start from the current state
    }

    private void refresh() {
        ImportParameters params = model.parametersProperty().get();
        if (params == null) {
            return;
        }
        algorithm.setText(params.algorithm().name() + ": " + params.algorithm().describe());
        fingerprint.setText(params.publicKey().fingerprintGrouped() + " (" + params.publicKey().bits() + "-bit RSA)");
        keyArn.setText(params.keyArn().orElse(Messages.get("parameters.keyArnNone")));
        expiry.setText(params.validTo().map(Object::toString).orElse(Messages.get("parameters.expiryUnknown")));
        var keySource = model.keySourceProperty().get();
        source.setText(keySource == null ? "" : keySource.describe());
    }

    @FXML
    private void chooseOutput() {
        context.dialogs().chooseFolder(chooseOutputButton.getScene().getWindow(), Messages.get("review.chooseOutput.title"))
                .ifPresent(model::chooseOutputFolder);
    }
}
