package com.netcore.byok.ui.operator;

import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.kms.KeyStatus;
import com.netcore.byok.kms.Revocation;
import com.netcore.byok.kms.SymmetricImportAlgorithms;
import com.netcore.byok.kms.WrappingKeySpec;
import com.netcore.byok.ui.common.Dialogs;
import com.netcore.byok.ui.common.Messages;
import com.netcore.byok.ui.common.Tasks;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.concurrent.Task;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/** The operator tab: one form per action, its preview, the run button, progress with cancel, and the result. */
public final class OperatorController {
    private final OperatorModel model;
    private final Dialogs dialogs;
    private Task<?> running;

    @FXML private ToggleGroup actions;
    @FXML private RadioButton createAction;
    @FXML private RadioButton parametersAction;
    @FXML private RadioButton importAction;
    @FXML private RadioButton statusAction;
    @FXML private RadioButton rotateAction;
    @FXML private RadioButton revokeAction;
    @FXML private TextField region;
    @FXML private TextField profile;
    @FXML private TextField endpoint;
    @FXML private TextField keyRef;
    @FXML private Label title;
    @FXML private VBox createPane;
    @FXML private VBox parametersPane;
    @FXML private VBox importPane;
    @FXML private VBox statusPane;
    @FXML private VBox rotatePane;
    @FXML private VBox revokePane;
    @FXML private TextField alias;
    @FXML private TextField description;
    @FXML private TextField tags;
    @FXML private CheckBox multiRegion;
    @FXML private Label policySource;
    @FXML private Button policyFileButton;
    @FXML private ChoiceBox<WrappingAlgorithm> wrappingAlgorithm;
    @FXML private ChoiceBox<WrappingKeySpec> keySpec;
    @FXML private Label parametersFolderLabel;
    @FXML private Button parametersFolderButton;
    @FXML private Label importParametersLabel;
    @FXML private Label wrappedLabel;
    @FXML private Button wrappedButton;
    @FXML private ToggleGroup expiryChoice;
    @FXML private RadioButton neverExpires;
    @FXML private Spinner<Integer> expiryDays;
    @FXML private CheckBox newMaterial;
    @FXML private TextField materialDescription;
    @FXML private Label statusSummary;
    @FXML private TextField moveAlias;
    @FXML private TextField materialId;
    @FXML private Spinner<Integer> deletionDays;
    @FXML private Label preview;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Button cancelButton;
    @FXML private Label operatorError;
    @FXML private TextArea result;

    public OperatorController(OperatorModel model, Dialogs dialogs) {
        this.model = model;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        Map<Toggle, OperatorModel.Action> choices = Map.of(createAction, OperatorModel.Action.CREATE,
                parametersAction, OperatorModel.Action.PARAMETERS, importAction, OperatorModel.Action.IMPORT,
                statusAction, OperatorModel.Action.STATUS, rotateAction, OperatorModel.Action.ROTATE,
                revokeAction, OperatorModel.Action.REVOKE);
        Map<OperatorModel.Action, VBox> panes = Map.of(OperatorModel.Action.CREATE, createPane,
                OperatorModel.Action.PARAMETERS, parametersPane, OperatorModel.Action.IMPORT, importPane,
                OperatorModel.Action.STATUS, statusPane, OperatorModel.Action.ROTATE, rotatePane,
                OperatorModel.Action.REVOKE, revokePane);
        actions.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null) {
                actions.selectToggle(old); // one action is always selected
            } else {
                model.actionProperty().set(choices.get(toggle));
            }
        });
        panes.forEach((action, pane) -> {
            pane.visibleProperty().bind(model.actionProperty().isEqualTo(action));
            pane.managedProperty().bind(pane.visibleProperty());
        });
        model.actionProperty().addListener((obs, old, action) -> title.setText(titleOf(action)));
        title.setText(titleOf(model.actionProperty().get()));
        createAction.setSelected(true);

        region.textProperty().bindBidirectional(model.regionProperty());
        profile.textProperty().bindBidirectional(model.profileProperty());
        endpoint.textProperty().bindBidirectional(model.endpointProperty());
        keyRef.textProperty().bindBidirectional(model.keyRefProperty());
        alias.textProperty().bindBidirectional(model.aliasProperty());
        description.textProperty().bindBidirectional(model.descriptionProperty());
        tags.textProperty().bindBidirectional(model.tagsProperty());
        multiRegion.selectedProperty().bindBidirectional(model.multiRegionProperty());
        wrappingAlgorithm.setItems(FXCollections.observableArrayList(SymmetricImportAlgorithms.OFFERED));
        wrappingAlgorithm.valueProperty().bindBidirectional(model.algorithmProperty());
        keySpec.setItems(FXCollections.observableArrayList(WrappingKeySpec.values()));
        keySpec.valueProperty().bindBidirectional(model.keySpecProperty());
        neverExpires.selectedProperty().bindBidirectional(model.noExpiryProperty());
        expiryDays.getValueFactory().valueProperty().addListener((obs, old, days) -> {
            if (days != null) {
                model.expiryDaysProperty().set(days);
            }
        });
        expiryDays.disableProperty().bind(model.noExpiryProperty());
        newMaterial.selectedProperty().bindBidirectional(model.newMaterialProperty());
        materialDescription.textProperty().bindBidirectional(model.materialDescriptionProperty());
        moveAlias.textProperty().bindBidirectional(model.moveAliasProperty());
        materialId.textProperty().bindBidirectional(model.materialIdProperty());
        deletionDays.getValueFactory().valueProperty().addListener((obs, old, days) -> {
            if (days != null) {
                model.deletionDaysProperty().set(days);
            }
        });

        Runnable paths = () -> {
            policySource.setText(Messages.get("operator.create.policy", model.policyFileProperty().get() == null
                    ? Messages.get("operator.create.defaultPolicy") : model.policyFileProperty().get().toString()));
            parametersFolderLabel.setText(Messages.get("operator.parameters.folderLabel",
                    pathText(model.parametersFolderProperty().get())));
            importParametersLabel.setText(Messages.get("operator.import.parametersLabel",
                    pathText(model.parametersFolderProperty().get())));
            wrappedLabel.setText(Messages.get("operator.import.wrappedLabel", pathText(model.wrappedProperty().get())));
        };
        for (Observable o : new Observable[] {model.policyFileProperty(), model.parametersFolderProperty(),
            model.wrappedProperty()}) {
            o.addListener(x -> paths.run());
        }
        paths.run();

        Observable[] shaping = {model.actionProperty(), model.keyRefProperty(), model.aliasProperty(),
            model.multiRegionProperty(), model.policyFileProperty(), model.algorithmProperty(), model.keySpecProperty(),
            model.parametersFolderProperty(), model.wrappedProperty(), model.noExpiryProperty(),
            model.expiryDaysProperty(), model.newMaterialProperty()};
        for (Observable o : shaping) {
            o.addListener(x -> preview.setText(model.preview(model.actionProperty().get())));
        }
        preview.setText(model.preview(model.actionProperty().get()));

        busyIndicator.visibleProperty().bind(model.busyProperty());
        cancelButton.visibleProperty().bind(model.busyProperty());
        operatorError.textProperty().bind(model.errorProperty());
        operatorError.visibleProperty().bind(operatorError.textProperty().isNotEmpty());
        operatorError.managedProperty().bind(operatorError.visibleProperty());
        result.textProperty().bind(model.resultProperty());
        model.lastStatusProperty().addListener((obs, old, status) -> showSummary(status));
        SignedHandOffPanes.install(parametersPane, importPane, model.signedHandOff(), model, dialogs, this::window,
                this::run);
    }

    private static String titleOf(OperatorModel.Action action) {
        return Messages.get("operator.action." + action.name().toLowerCase());
    }

    private static String pathText(Path path) {
        return path == null ? Messages.get("operator.notChosen") : path.toString();
    }

    private void showSummary(KeyStatus status) {
        if (status == null) {
            statusSummary.setText("");
            return;
        }
        String expiryText = status.daysLeft().map(d -> Messages.get("operator.status.daysLeft", d))
                .orElse(status.key().materialExpires() ? "" : Messages.get("operator.status.noExpiry"));
        statusSummary.setText(Messages.get("operator.status.summary", status.key().state(), expiryText));
        statusSummary.getStyleClass().removeAll("warning-text", "success-text");
        statusSummary.getStyleClass().add(status.expiresSoon() || !status.key().isEnabled() ? "warning-text"
                : "success-text");
    }

    /** Builds the job (input mistakes are shown at once), then runs it off the FX thread. */
    private <T> void run(Callable<Callable<T>> build, Consumer<T> onSuccess) {
        if (model.busyProperty().get()) {
            return;
        }
        Callable<T> job;
        try {
            job = build.call();
        } catch (Exception e) { // an input mistake (a sentence) before anything runs
            model.failed(e);
            return;
        }
        model.started();
        running = Tasks.run(job, onSuccess, model::failed);
        running.setOnCancelled(e -> model.cancelled());
    }

    @FXML
    private void cancel() {
        if (running != null) {
            running.cancel(true);
        }
    }

    @FXML
    private void createKey() {
        run(model::createKeyJob, model::created);
    }

    @FXML
    private void showPolicy() {
        run(model::policyJob, model::succeeded);
    }

    @FXML
    private void choosePolicy() {
        dialogs.chooseFile(window(), Messages.get("operator.create.policyFile.title"))
                .ifPresent(model.policyFileProperty()::set);
    }

    @FXML
    private void defaultPolicy() {
        model.policyFileProperty().set(null);
    }

    @FXML
    private void chooseParametersFolder() {
        dialogs.chooseFolder(window(), Messages.get("operator.parameters.folder.title"))
                .ifPresent(model.parametersFolderProperty()::set);
    }

    @FXML
    private void getParameters() {
        run(model::parametersJob, model::succeeded);
    }

    @FXML
    private void chooseImportParameters() {
        chooseParametersFolder();
    }

    @FXML
    private void chooseWrapped() {
        dialogs.chooseFolder(window(), Messages.get("operator.import.wrapped.title"))
                .ifPresent(model.wrappedProperty()::set);
    }

    @FXML
    private void checkImport() {
        run(model::checkImportJob, model::succeeded);
    }

    @FXML
    private void importMaterial() {
        run(model::importJob, model::succeeded);
    }

    @FXML
    private void status() {
        run(model::statusJob, model::statusArrived);
    }

    @FXML
    private void rotate() {
        run(model::rotateJob, model::succeeded);
    }

    @FXML
    private void moveAlias() {
        run(model::moveAliasJob, model::succeeded);
    }

    @FXML
    private void deleteMaterial() {
        revoke(Revocation.Kind.DELETE_MATERIAL, Messages.get("operator.revoke.deleteConfirm"));
    }

    @FXML
    private void disable() {
        revoke(Revocation.Kind.DISABLE, Messages.get("operator.revoke.disableConfirm"));
    }

    @FXML
    private void scheduleDeletion() {
        revoke(Revocation.Kind.SCHEDULE_DELETION, Messages.get("operator.revoke.scheduleConfirm"));
    }

    /** Says what stops working, asks, and only then acts. */
    private void revoke(Revocation.Kind revocation, String question) {
        run(() -> model.consequencesJob(revocation), consequences -> {
            model.succeeded("");
            if (dialogs.confirm(window(), question, consequences, question)) {
                run(() -> model.revokeJob(revocation), model::succeeded);
            } else {
                model.note(Messages.get("operator.revoke.declined"));
            }
        });
    }

    private javafx.stage.Window window() {
        return result.getScene().getWindow();
    }
}
