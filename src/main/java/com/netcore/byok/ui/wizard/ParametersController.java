package com.netcore.byok.ui.wizard;

import com.netcore.byok.core.ImportParameters;
import com.netcore.byok.core.ImportReadme;
import com.netcore.byok.core.LoadedParameters;
import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.core.WrappingPublicKey;
import com.netcore.byok.ui.common.Messages;
import com.netcore.byok.ui.common.Tasks;
import java.nio.file.Path;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;

/** The parameters step's view: choose the files, see what they say, compare the fingerprint. */
public final class ParametersController {
    private final WizardContext context;
    private final ParametersModel model;

    @FXML
    private Button chooseFolderButton;
    @FXML
    private Button chooseFileButton;
    @FXML
    private HBox loading;
    @FXML
    private Label source;
    @FXML
    private Label error;
    @FXML
    private VBox details;
    @FXML
    private Label keySize;
    @FXML
    private Label algorithm;
    @FXML
    private Label algorithmChoiceLabel;
    @FXML
    private ChoiceBox<WrappingAlgorithm> algorithmChoice;
    @FXML
    private Label keyArn;
    @FXML
    private Label timeLeft;
    @FXML
    private Label fingerprint;
    @FXML
    private CheckBox fingerprintCompared;
    @FXML
    private VBox vendorBox;
    @FXML
    private Label vendorStatus;
    @FXML
    private Label vendorFingerprint;
    @FXML
    private Button trustVendorButton;
    @FXML
    private VBox pinnedVendors;
    @FXML
    private Button trustedVendorsPane;
    @FXML
    private RegionsController regionsController;

    public ParametersController(WizardContext context) {
        this.context = context;
        this.model = context.model().parameters();
    }

    @FXML
    private void initialize() {
        source.setText(Messages.get("parameters.none"));
        model.sourceProperty().addListener((obs, old, path) -> source.setText(path == null
                ? Messages.get("parameters.none") : Messages.get("parameters.source") + ": " + path));
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        details.visibleProperty().bind(model.loadedProperty().isNotNull());
        loading.visibleProperty().bind(model.loadingProperty());
        loading.managedProperty().bind(loading.visibleProperty());
        chooseFolderButton.disableProperty().bind(model.loadingProperty());
        chooseFileButton.disableProperty().bind(model.loadingProperty());
        details.managedProperty().bind(details.visibleProperty());

        algorithmChoice.setItems(FXCollections.observableArrayList(WrappingAlgorithm.values()));
        algorithmChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(WrappingAlgorithm a) {
                return a == null ? "" : a.name();
            }

            @Override
            public WrappingAlgorithm fromString(String s) {
                return WrappingAlgorithm.valueOf(s);
            }
        });
        algorithmChoice.valueProperty().bindBidirectional(model.chosenAlgorithmProperty());
        algorithmChoice.visibleProperty().bind(model.algorithmChoiceNeededProperty());
        algorithmChoice.managedProperty().bind(algorithmChoice.visibleProperty());
        algorithmChoiceLabel.visibleProperty().bind(model.algorithmChoiceNeededProperty());
        algorithmChoiceLabel.managedProperty().bind(algorithmChoiceLabel.visibleProperty());

        fingerprintCompared.selectedProperty().bindBidirectional(model.fingerprintComparedProperty());
        fingerprintCompared.disableProperty().bind(model.parametersProperty().isNull());
        timeLeft.textProperty().bind(model.timeLeftProperty());
        model.expiresSoonProperty().addListener((obs, old, soon) -> timeLeft.getStyleClass().setAll(
                soon ? new String[] {"label", "warning-text"} : new String[] {"label"}));
        model.loadedProperty().addListener((obs, old, loaded) -> showKey(loaded));
        model.parametersProperty().addListener((obs, old, params) -> showParameters(params));
        showKey(model.loadedProperty().get());
        showParameters(model.parametersProperty().get());

        new VendorTrustView(model, context.dialogs(), vendorBox, vendorStatus, vendorFingerprint, trustVendorButton,
                pinnedVendors, fingerprintCompared);
        trustedVendorsPane.setOnAction(e -> {
            pinnedVendors.setVisible(!pinnedVendors.isVisible());
            pinnedVendors.setManaged(pinnedVendors.isVisible());
        });

        Timeline clock = new Timeline(new KeyFrame(Duration.seconds(30), e -> {
            model.refreshTimeLeft();
            regionsController.refresh();
        }));
        clock.setCycleCount(Timeline.INDEFINITE);
        clock.play();
    }

    private void showKey(LoadedParameters loaded) {
        if (loaded == null) {
            keySize.setText("");
            fingerprint.setText("");
            keyArn.setText("");
            return;
        }
        WrappingPublicKey key = loaded.publicKey();
        keySize.setText(Messages.get("parameters.keySizeValue", key.bits(), key.keySpec()));
        fingerprint.setText(twoLines(key.fingerprintGrouped()));
        keyArn.setText(loaded.readme().flatMap(ImportReadme::keyArn).orElse(Messages.get("parameters.keyArnNone")));
    }

    private void showParameters(ImportParameters params) {
        algorithm.setText(params == null ? "" : params.algorithm().name() + ": " + params.algorithm().describe());
    }

    /** 16 groups as two lines of 8, the way it is read aloud. */
    static String twoLines(String grouped) {
        int middle = grouped.length() / 2;
        return grouped.substring(0, middle).strip() + "\n" + grouped.substring(middle).strip();
    }

    /** The fingerprint is public; copying it helps compare it with an e-mailed or messaged value. */
    @FXML
    private void copyFingerprint() {
        LoadedParameters loaded = model.loadedProperty().get();
        if (loaded != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(loaded.publicKey().fingerprintGrouped());
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    @FXML
    private void chooseFolder() {
        context.dialogs().chooseFolder(chooseFolderButton.getScene().getWindow(),
                Messages.get("parameters.chooseFolder.title")).ifPresent(this::load);
    }

    @FXML
    private void chooseFile() {
        context.dialogs().chooseFile(chooseFolderButton.getScene().getWindow(),
                Messages.get("parameters.chooseFile.title")).ifPresent(this::load);
    }

    /** Reads and checks the files off the FX thread (a README can be long); the step shows progress meanwhile. */
    private void load(Path folderOrPublicKey) {
        Tasks.run(model.loadJob(folderOrPublicKey), model::loaded, failure -> model.loadFailed(folderOrPublicKey, failure));
    }
}
