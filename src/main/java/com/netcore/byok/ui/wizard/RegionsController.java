package com.netcore.byok.ui.wizard;

import com.netcore.byok.ui.common.Messages;
import com.netcore.byok.ui.common.Tasks;
import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The parameters step's Regions: add another Region's folder, compare each fingerprint, see time left, remove. */
public final class RegionsController {
    private final WizardContext context;
    private final RegionsModel model;

    @FXML
    private VBox regionList;
    @FXML
    private VBox regionRows;
    @FXML
    private Button addRegionButton;
    @FXML
    private HBox regionLoading;
    @FXML
    private Label regionError;

    public RegionsController(WizardContext context) {
        this.context = context;
        this.model = context.model().regions();
    }

    @FXML
    private void initialize() {
        regionError.textProperty().bind(model.errorProperty());
        regionError.visibleProperty().bind(regionError.textProperty().isNotEmpty());
        regionError.managedProperty().bind(regionError.visibleProperty());
        regionLoading.visibleProperty().bind(model.loadingProperty());
        regionLoading.managedProperty().bind(regionLoading.visibleProperty());
        addRegionButton.disableProperty().bind(model.loadingProperty()
                .or(context.model().parameters().parametersProperty().isNull()));
        model.added().addListener((ListChangeListener<RegionsModel.Added>) change -> refresh());
        context.model().parameters().parametersProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    /** Rebuilds the list; also called as time passes, so the time left stays current. */
    void refresh() {
        regionRows.getChildren().clear();
        for (RegionsModel.Row row : model.rows()) {
            Label region = new Label(row.region());
            region.getStyleClass().add("text-bold");
            region.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label fingerprint = new Label(ParametersController.twoLines(row.fingerprint()));
            fingerprint.getStyleClass().add("fingerprint");
            fingerprint.setAccessibleText(Messages.get("regions.fingerprintOf", row.region()));
            fingerprint.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            fingerprint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label timeLeft = new Label(row.timeLeft());
            timeLeft.setWrapText(true);
            HBox.setHgrow(timeLeft, Priority.ALWAYS);
            HBox heading = new HBox(12, region, timeLeft);
            heading.getStyleClass().add("aligned");
            row.removable().ifPresent(added -> {
                Button remove = new Button(Messages.get("regions.remove"));
                remove.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                remove.setAccessibleText(Messages.get("regions.removeRegion", row.region()));
                remove.setOnAction(e -> model.remove(added));
                heading.getChildren().add(remove);
            });
            VBox line = new VBox(4, heading, fingerprint);
            regionRows.getChildren().add(line);
        }
        boolean several = !regionRows.getChildren().isEmpty();
        regionList.setVisible(several);
        regionList.setManaged(several);
    }

    @FXML
    private void add() {
        context.dialogs().chooseFolder(addRegionButton.getScene().getWindow(), Messages.get("regions.add.title"))
                .ifPresent(this::load);
    }

    /** Reads and checks the folder off the FX thread, as the first one. */
    private void load(Path folder) {
        Tasks.run(model.addJob(folder), model::loaded, failure -> model.addFailed(folder, failure));
    }
}
