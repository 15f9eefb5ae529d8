package com.netcore.byok.ui.operator;

import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.kms.KeyStatus;
import com.netcore.byok.kms.Revocation;
import com.netcore.byok.kms.SymmetricImportAlgorithms;
import com.netcore.byok.kms.WrappingKeySpec;
import com.netcore.byok.ui.common.Dialogs;
import com.netcore.byok.ui.common.Messages;
import java.util.List;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The operator tab: one form per action, its preview, the run button, progress with cancel, and the result. */
public final class OperatorController {
    private final OperatorModel model;
    private final Dialogs dialogs;
    private ActionRunner runner;

    @FXML private ToggleGroup actions;
    @FXML private ToggleButton createAction;
    @FXML private ToggleButton parametersAction;
    @FXML private ToggleButton importAction;
    @FXML private ToggleButton statusAction;
    @FXML private ToggleButton rotateAction;
    @FXML private ToggleButton revokeAction;
    @FXML private ToggleButton drillAction;
    @FXML private VBox drillPane;
    @FXML private CheckBox keepDrillKey;
    @FXML private Button drillButton;
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
    @FXML private VBox importParameterSets;
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
    @FXML private Label operatorError;
    @FXML private TextArea result;
    @FXML private ScrollPane scroll;
    @FXML private HBox progressRow;
    @FXML private VBox outcomeBox;
    @FXML private Label resultTitle;
    @FXML private VBox inFlightBox;
    @FXML private VBox parameterSets;
    @FXML private VBox statusView;
    @FXML private Label statusLine;
    @FXML private Button createButton;
    @FXML private Button parametersButton;
    @FXML private Button importButton;
    @FXML private Button statusButton;
    @FXML private Button rotateButton;
    private final KeyStatusView keyStatus = new KeyStatusView();
    private Timeline countdown;

    public OperatorController(OperatorModel model, Dialogs dialogs) {
        this.model = model;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        Map<Toggle, OperatorModel.Action> choices = Map.of(createAction, OperatorModel.Action.CREATE,
                parametersAction, OperatorModel.Action.PARAMETERS, importAction, OperatorModel.Action.IMPORT,
                statusAction, OperatorModel.Action.STATUS, rotateAction, OperatorModel.Action.ROTATE,
                revokeAction, OperatorModel.Action.REVOKE, drillAction, OperatorModel.Action.DRILL);
        Map<OperatorModel.Action, VBox> panes = Map.of(OperatorModel.Action.CREATE, createPane,
                OperatorModel.Action.PARAMETERS, parametersPane, OperatorModel.Action.IMPORT, importPane,
                OperatorModel.Action.STATUS, statusPane, OperatorModel.Action.ROTATE, rotatePane,
                OperatorModel.Action.REVOKE, revokePane, OperatorModel.Action.DRILL, drillPane);
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
        OperatorSteps.bind(model, choices, title);
        model.actionProperty().addListener((obs, old, action) -> scroll.setVvalue(scroll.getVmin())); // a new step from its top
        createAction.setSelected(true);
        bindDefaultButtons(panes);

        FieldWidths.fit(region, "");
        FieldWidths.fit(profile, "");
        FieldWidths.fit(endpoint, "");
        FieldWidths.fit(keyRef, FieldWidths.SAMPLE_ARN);
        List.of(alias, tags, moveAlias).forEach(FieldWidths::keepPromptWhole);
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
        keepDrillKey.selectedProperty().bindBidirectional(model.drill().keepProperty());
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
            o.addListener(x -> preview.setText(OperatorPreviews.preview(model, model.actionProperty().get())));
        }
        preview.setText(OperatorPreviews.preview(model, model.actionProperty().get()));

        bindOutcome();
        runner = new ActionRunner(model, scroll, outcomeBox);
        SignedHandOffPanes.install(parametersPane, importPane, model.signedHandOff(), model, dialogs, this::window,
                (build, onSuccess) -> run(model.actionProperty().get(), build, onSuccess));
        statusPane.getChildren().add(new RegionsPane(model, runner).node());
    }

    /** Enter runs the shown step's main action; the revoke step has none (each revocation asks first). */
    private void bindDefaultButtons(Map<OperatorModel.Action, VBox> panes) {
        Map.of(createButton, OperatorModel.Action.CREATE, parametersButton, OperatorModel.Action.PARAMETERS,
                importButton, OperatorModel.Action.IMPORT, statusButton, OperatorModel.Action.STATUS,
                rotateButton, OperatorModel.Action.ROTATE, drillButton, OperatorModel.Action.DRILL)
                .forEach((button, action) -> button.defaultButtonProperty().bind(panes.get(action).visibleProperty()));
    }

    private void bindOutcome() {
        ActionOutcome outcome = model.outcome();
        showOnlyWhen(progressRow, outcome.busyProperty());
        operatorError.textProperty().bind(outcome.errorProperty());
        showOnlyWhen(operatorError, operatorError.textProperty().isNotEmpty());
        result.textProperty().bind(outcome.resultProperty());
        result.prefRowCountProperty().bind(Bindings.createIntegerBinding(
                () -> Math.min(18, result.getText().split("\n", -1).length + 2), result.textProperty()));
        BooleanBinding statusShown = model.actionProperty().isEqualTo(OperatorModel.Action.STATUS)
                .and(outcome.lastStatusProperty().isNotNull());
        showOnlyWhen(result, outcome.resultProperty().isNotEmpty().and(statusShown.not()));
        showOnlyWhen(resultTitle, result.visibleProperty().or(statusShown));
        statusView.getChildren().setAll(keyStatus);
        showOnlyWhen(statusView, statusShown);
        parameterSets.getChildren().setAll(new ParameterSetsView(model.inFlight(), null));
        importParameterSets.getChildren().setAll(new ParameterSetsView(model.inFlight(), model.parametersFolderProperty()));
        showOnlyWhen(inFlightBox, model.actionProperty().isEqualTo(OperatorModel.Action.PARAMETERS));
        outcome.lastStatusProperty().addListener((obs, old, status) -> {
            showSummary(status);
            if (status != null) {
                keyStatus.show(status);
            }
        });
        statusLine.textProperty().bind(model.statusLine().textProperty());
        statusLine.textProperty().addListener((obs, old, text) -> {
            statusLine.getStyleClass().removeAll("field-error", "success-text");
            statusLine.getStyleClass().add(model.statusLine().failedProperty().get() ? "field-error" : "success-text");
        });
        countdown = new Timeline(new KeyFrame(Duration.minutes(1), e -> model.inFlight().tick()));
        countdown.setCycleCount(Animation.INDEFINITE);
        countdown.play();
    }

    private static void showOnlyWhen(javafx.scene.Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
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

    @FXML
    private void cancel() {
        runner.cancel();
    }

    private <T> void run(OperatorModel.Action step, Callable<Callable<T>> build, Consumer<T> onSuccess) {
        runner.run(step, ActionRunner.Completion.STEP_DONE, build, onSuccess);
    }

    private <T> void run(OperatorModel.Action step, ActionRunner.Completion completion, Callable<Callable<T>> build,
                         Consumer<T> onSuccess) {
        runner.run(step, completion, build, onSuccess);
    }

    @FXML
    private void createKey() {
        run(OperatorModel.Action.CREATE, model::createKeyJob, model::created);
    }

    @FXML
    private void showPolicy() {
        run(OperatorModel.Action.CREATE, ActionRunner.Completion.SHOWN, model::policyJob, model.outcome()::succeeded);
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
        run(OperatorModel.Action.PARAMETERS, () -> ParametersInFlight.thenRead(model.parametersJob(),
                model.parametersFolderProperty().get()), model::parametersDownloaded);
    }

    @FXML
    private void chooseImportParameters() {
        dialogs.chooseFolder(window(), Messages.get("operator.parameters.folder.title")).ifPresent(folder ->
                run(OperatorModel.Action.IMPORT, ActionRunner.Completion.SHOWN, () -> () -> ParameterSet.read(folder), set -> {
                    model.inFlight().add(set);
                    model.parametersFolderProperty().set(folder);
                    model.outcome().succeeded(Messages.get("operator.inFlight.added", folder, set.keyArn(),
                            model.inFlight().timeLeftText(set)));
                }));
    }

    @FXML
    private void chooseWrapped() {
        dialogs.chooseFolder(window(), Messages.get("operator.import.wrapped.title"))
                .ifPresent(model.wrappedProperty()::set);
    }

    @FXML
    private void checkImport() {
        run(OperatorModel.Action.IMPORT, ActionRunner.Completion.SHOWN, model::checkImportJob, model.outcome()::succeeded);
    }

    @FXML
    private void importMaterial() {
        run(OperatorModel.Action.IMPORT, model::importJob, model.outcome()::succeeded);
    }

    @FXML
    private void status() {
        run(OperatorModel.Action.STATUS, model::statusJob, model::statusArrived);
    }

    @FXML
    private void rotate() {
        run(OperatorModel.Action.ROTATE, model::rotateJob, model.outcome()::succeeded);
    }

    @FXML
    private void moveAlias() {
        run(OperatorModel.Action.ROTATE, model::moveAliasJob, model.outcome()::succeeded);
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

    /** The drill: each step's line appears as it ends, then the summary. */
    @FXML
    private void runDrill() {
        StringBuilder lines = new StringBuilder();
        model.outcome().note("");
        run(OperatorModel.Action.DRILL, () -> model.drill().job(line -> model.outcome().note(lines.append(line)
                .append('\n').toString())), model.outcome()::succeeded);
    }

    /** Says what stops working, asks, and only then acts. */
    private void revoke(Revocation.Kind revocation, String question) {
        run(OperatorModel.Action.REVOKE, ActionRunner.Completion.FIRST_HALF, () -> model.consequencesJob(revocation), consequences -> {
            model.outcome().succeeded("");
            if (dialogs.confirm(window(), question, consequences, question)) {
                run(OperatorModel.Action.REVOKE, () -> model.revokeJob(revocation), model.outcome()::succeeded);
            } else {
                model.outcome().note(Messages.get("operator.revoke.declined"));
                runner.announce(OperatorModel.Action.REVOKE);
            }
        });
    }

    private javafx.stage.Window window() {
        return result.getScene().getWindow();
    }
}
