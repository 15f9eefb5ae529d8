package com.netcore.byok.ui.operator;

import com.netcore.byok.kms.MultiRegionKey;
import com.netcore.byok.kms.MultiRegionReports;
import com.netcore.byok.kms.MultiRegionStatus;
import com.netcore.byok.kms.ReplicatedKey;
import com.netcore.byok.ui.common.Messages;
import java.util.Map;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The multi-Region part of the status step: replicate the key into another Region, a table of the primary and
 * every replica (Region, role, state, expiry, current key material) with the warnings, and the Region chooser
 * that sets the Region (and that Region's key ARN) the parameters and import steps work in.
 */
final class RegionsPane {
    private final OperatorModel model;
    private final ActionRunner runner;
    private final VBox root = new VBox(8);
    private final RegionsTable table = new RegionsTable();
    private final Label warnings = new Label();
    private final ComboBox<String> workIn = new ComboBox<>();
    private final TextField toRegion = new TextField();
    private MultiRegionKey shown;

    RegionsPane(OperatorModel model, ActionRunner runner) {
        this.model = model;
        this.runner = runner;
        Label heading = new Label(Messages.get("operator.regions.title"));
        heading.getStyleClass().add("section-title");
        toRegion.setId("replicaRegion");
        toRegion.setPromptText("us-east-1");
        Button replicate = new Button(Messages.get("operator.regions.replicate"));
        replicate.setId("replicateButton");
        replicate.setMnemonicParsing(true);
        replicate.setOnAction(e -> replicate());
        Button show = new Button(Messages.get("operator.regions.show"));
        show.setId("regionsButton");
        show.setMnemonicParsing(true);
        show.setOnAction(e -> show());
        warnings.setId("regionsWarnings");
        warnings.setWrapText(true);
        workIn.setId("workInRegion");
        workIn.valueProperty().addListener((obs, old, region) -> {
            if (region != null && shown != null) {
                model.regionProperty().set(region);
                shown.in(region).ifPresent(member -> model.keyRefProperty().set(member.arn()));
            }
        });
        root.getChildren().setAll(heading, new HBox(8, wholeLabel(Messages.get("operator.regions.to")), toRegion, replicate),
                new HBox(8, show, wholeLabel(Messages.get("operator.regions.workIn")), workIn), table, warnings);
    }

    VBox node() {
        return root;
    }

    private void replicate() {
        String target = toRegion.getText();
        runner.run(OperatorModel.Action.STATUS, ActionRunner.Completion.SHOWN, () -> {
            String ref = model.keyRefOrFail();
            return () -> model.connection().replicate(ref, target.strip(), Optional.empty(), Map.of());
        }, (ReplicatedKey made) -> model.outcome().succeeded(MultiRegionReports.replicated(made)));
    }

    private void show() {
        runner.run(OperatorModel.Action.STATUS, ActionRunner.Completion.SHOWN, () -> {
            String ref = model.keyRefOrFail();
            return () -> model.connection().multiRegionStatus(ref);
        }, (MultiRegionStatus status) -> {
            shown = status.key();
            table.show(status.regions());
            warnings.setText(String.join("\n", status.warnings()));
            workIn.setItems(FXCollections.observableArrayList(status.key().regions()));
            model.outcome().succeeded(MultiRegionReports.status(status));
        });
    }

    private static Label wholeLabel(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
