package com.netcore.byok.ui.wizard;

import com.netcore.byok.core.ImportParameters;
import com.netcore.byok.ui.common.Messages;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;

/** The review step's view: what will be wrapped, the output folder, the confirmation and the optional split. */
public final class ReviewController {
    private final WizardContext context;
    private final ReviewModel model;

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
    @FXML
    private javafx.scene.layout.VBox receiptSigningBox;
    @FXML
    private javafx.scene.layout.VBox splitBox;
    @FXML
    private CheckBox split;
    @FXML
    private javafx.scene.layout.VBox splitDetails;
    @FXML
    private Spinner<Integer> splitThreshold;
    @FXML
    private Spinner<Integer> splitCount;
    @FXML
    private TextField custodians;
    @FXML
    private Label sharesFolder;
    @FXML
    private Button chooseSharesButton;
    @FXML
    private Label splitError;
    @FXML
    private javafx.scene.layout.VBox regionsBox;
    @FXML
    private Label regions;
    @FXML
    private javafx.scene.layout.VBox weakKeyBox;
    @FXML
    private Label weakKeyReason;
    @FXML
    private CheckBox knownLegacyKey;

    public ReviewController(WizardContext context) {
        this.context = context;
        this.model = context.model().review();
    }

    @FXML
    private void initialize() {
        model.parametersProperty().addListener((obs, old, params) -> refresh());
        model.keySourceProperty().addListener((obs, old, source) -> refresh());
        context.model().regions().added().addListener(
                (javafx.collections.ListChangeListener<RegionsModel.Added>) change -> refresh());
        kcv.textProperty().bind(model.kcvProperty());
        output.setText(Messages.get("review.noOutput"));
        model.outputFolderProperty().addListener((obs, old, folder) -> output.setText(folder == null
                ? Messages.get("review.noOutput") : folder.toString()));
        outputError.textProperty().bind(model.outputErrorProperty());
        outputError.visibleProperty().bind(outputError.textProperty().isNotEmpty());
        outputError.managedProperty().bind(outputError.visibleProperty());
        confirm.selectedProperty().bindBidirectional(model.confirmedProperty());
        split.selectedProperty().bindBidirectional(model.splitProperty());
        splitDetails.visibleProperty().bind(split.selectedProperty());
        splitDetails.managedProperty().bind(splitDetails.visibleProperty());
        bindSpinner(splitThreshold, model.splitThresholdProperty());
        bindSpinner(splitCount, model.splitCountProperty());
        custodians.textProperty().bindBidirectional(model.custodiansProperty());
        sharesFolder.setText(Messages.get("review.split.noFolderYet"));
        model.sharesFolderProperty().addListener((obs, old, folder) -> sharesFolder.setText(folder == null
                ? Messages.get("review.split.noFolderYet") : folder.toString()));
        splitError.textProperty().bind(model.splitErrorProperty());
        splitError.visibleProperty().bind(splitError.textProperty().isNotEmpty());
        splitError.managedProperty().bind(splitError.visibleProperty());
        new ReceiptSigningView(context, receiptSigningBox);
        bindWeakKey();
        refresh(); // views load when first shown: start from the current state
    }

    /** Shown only for a weak key: the reason, and the box that states it is a known legacy key. */
    private void bindWeakKey() {
        WeakKeyConfirmation weakKey = model.weakKey();
        weakKeyReason.textProperty().bind(weakKey.reasonProperty());
        weakKeyBox.visibleProperty().bind(weakKey.reasonProperty().isNotEmpty());
        weakKeyBox.managedProperty().bind(weakKeyBox.visibleProperty());
        knownLegacyKey.selectedProperty().bindBidirectional(weakKey.knownLegacyKeyProperty());
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
        showRegions();
        var keySource = model.keySourceProperty().get();
        source.setText(keySource == null ? "" : keySource.describe());
        boolean restored = keySource != null && keySource.kind() == com.netcore.byok.core.KeySource.Kind.SHARES;
        splitBox.setVisible(!restored);
        splitBox.setManaged(!restored);
    }

    /** With several Regions: each Region's fingerprint, as compared on the parameters step. */
    private void showRegions() {
        var rows = context.model().regions().rows();
        regions.setText(rows.stream().map(r -> Messages.get("regions.review", r.region(), r.fingerprint()))
                .collect(java.util.stream.Collectors.joining("\n")));
        regionsBox.setVisible(!rows.isEmpty());
        regionsBox.setManaged(!rows.isEmpty());
    }

    private static void bindSpinner(Spinner<Integer> spinner, javafx.beans.property.IntegerProperty value) {
        spinner.getValueFactory().setValue(value.get());
        spinner.getValueFactory().valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                value.set(now);
            }
        });
        value.addListener((obs, old, now) -> spinner.getValueFactory().setValue(now.intValue()));
    }

    @FXML
    private void chooseShares() {
        context.dialogs().chooseFolder(chooseSharesButton.getScene().getWindow(),
                Messages.get("review.split.chooseFolder.title")).ifPresent(model::chooseSharesFolder);
    }

    @FXML
    private void chooseOutput() {
        context.dialogs().chooseFolder(chooseOutputButton.getScene().getWindow(), Messages.get("review.chooseOutput.title"))
                .ifPresent(model::chooseOutputFolder);
    }
}
