package com.netcore.byok.ui.wizard;

import com.netcore.byok.core.KeyEncoding;
import com.netcore.byok.core.ShareCheck;
import com.netcore.byok.ui.common.Messages;
import com.netcore.byok.ui.common.SecretField;
import com.netcore.byok.ui.common.SecretTextArea;
import com.netcore.byok.ui.common.Tasks;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/** The key step's view: generate, type, load or assemble the key, or restore it from shares. */
public final class KeyController {
    private final WizardContext context;
    private final KeyModel model;

    @FXML
    private ToggleGroup choice;
    @FXML
    private RadioButton generateChoice;
    @FXML
    private RadioButton enterChoice;
    @FXML
    private RadioButton fileChoice;
    @FXML
    private RadioButton componentsChoice;
    @FXML
    private RadioButton sharesChoice;
    @FXML
    private VBox sharesPane;
    @FXML
    private Button addShareFileButton;
    @FXML
    private SecretTextArea shareText;
    @FXML
    private Label shareCheck;
    @FXML
    private Button addTypedShareButton;
    @FXML
    private VBox sharesAdded;
    @FXML
    private Label sharesStatus;
    @FXML
    private VBox generatePane;
    @FXML
    private VBox enterPane;
    @FXML
    private VBox filePane;
    @FXML
    private VBox componentsPane;
    @FXML
    private SecretField keyField;
    @FXML
    private Label keyFieldCount;
    @FXML
    private Button chooseKeyFileButton;
    @FXML
    private Spinner<Integer> componentCount;
    @FXML
    private Label componentPrompt;
    @FXML
    private SecretField componentField;
    @FXML
    private Label componentFieldCount;
    @FXML
    private VBox componentVerdict;
    @FXML
    private Label componentKcv;
    @FXML
    private Label acceptedComponents;
    @FXML
    private Label error;
    @FXML
    private VBox kcvBox;
    @FXML
    private Label kcv;
    @FXML
    private Label keySource;

    public KeyController(WizardContext context) {
        this.context = context;
        this.model = context.model().key();
    }

    @FXML
    private void initialize() {
        Map<Toggle, KeyModel.KeyChoice> choices = Map.of(generateChoice, KeyModel.KeyChoice.GENERATE,
                enterChoice, KeyModel.KeyChoice.ENTER, fileChoice, KeyModel.KeyChoice.FILE,
                componentsChoice, KeyModel.KeyChoice.COMPONENTS, sharesChoice, KeyModel.KeyChoice.SHARES);
        choices.forEach((toggle, value) -> {
            if (model.choiceProperty().get() == value) {
                choice.selectToggle(toggle);
            }
        });
        choice.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle != null) {
                wipeFields();
                model.choiceProperty().set(choices.get(toggle));
            }
        });
        model.choiceProperty().addListener((obs, old, value) -> choices.forEach((toggle, v) -> {
            if (v == value) {
                choice.selectToggle(toggle);
            }
        }));
        showOnly(generatePane, KeyModel.KeyChoice.GENERATE);
        showOnly(enterPane, KeyModel.KeyChoice.ENTER);
        showOnly(filePane, KeyModel.KeyChoice.FILE);
        showOnly(componentsPane, KeyModel.KeyChoice.COMPONENTS);
        showOnly(sharesPane, KeyModel.KeyChoice.SHARES);
        shareText.editsProperty().addListener((obs, old, n) -> showShareCheck(model.checkTypedShare(shareText.characters())));
        showShareCheck(model.checkTypedShare(""));
        model.sharesAdded().addListener((javafx.collections.ListChangeListener<String>) c -> sharesAdded.getChildren()
                .setAll(model.sharesAdded().stream().map(Label::new).toList()));
        sharesStatus.textProperty().bind(model.sharesStatusProperty());
        addShareFileButton.disableProperty().bind(model.keyProperty().isNotNull());
        shareText.disableProperty().bind(model.keyProperty().isNotNull());

        keyField.textProperty().addListener((obs, old, text) -> keyFieldCount.setText(
                Messages.get("key.enter.count", keyField.characterCount())));
        componentField.textProperty().addListener((obs, old, text) -> componentFieldCount.setText(
                Messages.get("key.enter.count", componentField.characterCount())));

        componentCount.getValueFactory().valueProperty().addListener((obs, old, n) -> {
            wipeFields();
            model.componentCountProperty().set(n);
        });
        model.componentCountProperty().addListener((obs, old, n) -> componentCount.getValueFactory().setValue(n.intValue()));
        componentCount.getValueFactory().setValue(model.componentCountProperty().get());
        componentCount.disableProperty().bind(Bindings.size(model.componentKcvs()).greaterThan(0)
                .or(model.pendingComponentProperty().isNotNull()));
        componentVerdict.visibleProperty().bind(model.pendingComponentProperty().isNotNull());
        componentVerdict.managedProperty().bind(componentVerdict.visibleProperty());
        componentField.disableProperty().bind(model.pendingComponentProperty().isNotNull()
                .or(model.keyProperty().isNotNull()));
        model.pendingComponentKcvProperty().addListener((obs, old, value) -> componentKcv.setText(value.isEmpty() ? ""
                : Messages.get("key.components.kcv", model.acceptedComponents() + 1, value)));
        Runnable prompt = () -> {
            int accepted = model.acceptedComponents();
            componentPrompt.setText(Messages.get("key.components.current", Math.min(accepted + 1,
                    model.componentCountProperty().get()), model.componentCountProperty().get()));
            acceptedComponents.setText(Messages.get("key.components.accepted", String.join(", ", model.componentKcvs())));
            acceptedComponents.setVisible(accepted > 0);
        };
        model.componentKcvs().addListener((javafx.collections.ListChangeListener<String>) c -> prompt.run());
        model.componentCountProperty().addListener((obs, old, n) -> prompt.run());
        prompt.run();

        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        kcv.textProperty().bind(Bindings.when(model.kcvProperty().isEmpty()).then(Messages.get("key.noKey"))
                .otherwise(model.kcvProperty()));
        model.sourceProperty().addListener((obs, old, source) -> keySource.setText(source == null ? ""
                : Messages.get("key.source") + ": " + source.describe()));
        kcvBox.getStyleClass().add("kcv-box");

        // secrets never outlive the step: leaving it, in either direction, wipes what was typed
        model.activeProperty().addListener((obs, old, shown) -> wipeFields());
    }

    private void showShareCheck(ShareCheck check) {
        shareCheck.setText(check.message());
        shareCheck.getStyleClass().removeAll("field-error", "success-text", "text-muted");
        shareCheck.getStyleClass().add(switch (check.status()) {
            case INVALID -> "field-error";
            case COMPLETE -> "success-text";
            case EMPTY, INCOMPLETE -> "text-muted";
        });
        addTypedShareButton.setDisable(!check.complete());
    }

    @FXML
    private void addShareFile() {
        context.dialogs().chooseFile(addShareFileButton.getScene().getWindow(), Messages.get("key.shares.addFile.title"))
                .ifPresent(file -> Tasks.run(model.readShareFile(file), share -> model.shareFileRead(share, file),
                        model::shareFileFailed));
    }

    @FXML
    private void addTypedShare() {
        if (model.addTypedShare(shareText.characters())) {
            shareText.wipe();
        }
    }

    private void showOnly(VBox pane, KeyModel.KeyChoice value) {
        pane.visibleProperty().bind(model.choiceProperty().isEqualTo(value));
        pane.managedProperty().bind(pane.visibleProperty());
    }

    @FXML
    private void generate() {
        model.generateKey();
    }

    @FXML
    private void useEnteredKey() {
        char[] typed = keyField.copyCharacters();
        try {
            if (model.enterKey(typed)) {
                keyField.wipe();
            }
        } finally {
            KeyEncoding.wipe(typed);
        }
    }

    @FXML
    private void chooseKeyFile() {
        context.dialogs().chooseFile(chooseKeyFileButton.getScene().getWindow(), Messages.get("key.file.title"))
                .ifPresent(model::loadKeyFile);
    }

    @FXML
    private void checkComponent() {
        char[] typed = componentField.copyCharacters();
        try {
            if (model.checkComponent(typed)) {
                componentField.wipe();
            }
        } finally {
            KeyEncoding.wipe(typed);
        }
    }

    @FXML
    private void acceptComponent() {
        model.acceptComponent();
        componentField.requestFocus();
    }

    @FXML
    private void rejectComponent() {
        model.discardPendingComponent();
        componentField.wipe();
        componentField.requestFocus();
    }

    /** Zeroes the three secret fields: the key, the component and the typed share. */
    public void wipeFields() {
        keyField.wipe();
        componentField.wipe();
        shareText.wipe();
    }

    SecretField keyField() {
        return keyField;
    }

    SecretField componentField() {
        return componentField;
    }

    SecretTextArea shareText() {
        return shareText;
    }
}
