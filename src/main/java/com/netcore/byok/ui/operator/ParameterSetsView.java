package com.netcore.byok.ui.operator;

import com.netcore.byok.ui.common.Layouts;
import com.netcore.byok.ui.common.Messages;
import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/**
 * The parameter sets in flight as a grid: folder, key id and time left, counting down. Given a {@code chosen}
 * folder property (the import step), each folder is a radio button that chooses the set to import with.
 */
final class ParameterSetsView extends GridPane {
    private final ParametersInFlight inFlight;
    private final ObjectProperty<Path> chosen;

    ParameterSetsView(ParametersInFlight inFlight, ObjectProperty<Path> chosen) {
        this.inFlight = inFlight;
        this.chosen = chosen;
        getStyleClass().addAll("parameter-sets", "kcv-box");
        setHgap(16);
        setVgap(6);
        inFlight.sets().addListener((javafx.collections.ListChangeListener<ParameterSet>) c -> rebuild());
        inFlight.nowProperty().addListener((obs, old, now) -> rebuild());
        if (chosen != null) {
            chosen.addListener((obs, old, folder) -> rebuild());
        }
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        if (inFlight.sets().isEmpty()) {
            Label none = new Label(Messages.get("operator.inFlight.none"));
            none.setWrapText(true);
            add(none, 0, 0);
            return;
        }
        add(header(Messages.get("operator.inFlight.folder")), 0, 0);
        add(header(Messages.get("operator.inFlight.key")), 1, 0);
        add(header(Messages.get("operator.inFlight.timeLeft")), 2, 0);
        ToggleGroup group = new ToggleGroup();
        int row = 1;
        for (ParameterSet set : inFlight.sets()) {
            add(folderCell(set, group), 0, row);
            Label key = whole(new Label(set.keyId()), "mono");
            key.setTooltip(new Tooltip(set.keyArn()));
            add(key, 1, row);
            Label left = whole(new Label(inFlight.timeLeftText(set)), "time-left");
            switch (set.window(inFlight.nowProperty().get())) {
                case CLOSING -> left.getStyleClass().add("warning-text");
                case EXPIRED -> left.getStyleClass().add("field-error");
                default -> left.getStyleClass().add("success-text");
            }
            add(left, 2, row++);
        }
        Layouts.keepTextWhole(this);
    }

    private javafx.scene.control.Labeled folderCell(ParameterSet set, ToggleGroup group) {
        String folder = set.folder().toString();
        if (chosen == null) {
            return whole(new Label(folder), "mono");
        }
        RadioButton choice = new RadioButton(folder);
        choice.setMnemonicParsing(false); // a path may hold "_"
        choice.setToggleGroup(group);
        choice.setSelected(set.folder().equals(chosen.get()));
        choice.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                chosen.set(set.folder());
            }
        });
        return choice;
    }

    private static Label header(String text) {
        return whole(new Label(text), "field-label");
    }

    /** Ids and paths stay on one line, never cut: the step scrolls sideways if the window is too narrow. */
    private static Label whole(Label label, String style) {
        label.getStyleClass().add(style);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
