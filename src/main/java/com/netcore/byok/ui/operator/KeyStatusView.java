package com.netcore.byok.ui.operator;

import com.netcore.byok.kms.KeyInfo;
import com.netcore.byok.kms.KeyMaterialInfo;
import com.netcore.byok.kms.KeyStatus;
import com.netcore.byok.ui.common.Messages;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A key's status as two tables: the key's facts, and one row per key material. Ids are never broken. */
final class KeyStatusView extends VBox {
    private final GridPane facts = new GridPane();
    private final GridPane materials = new GridPane();
    private final Label notes = new Label();

    KeyStatusView() {
        super(8);
        getStyleClass().add("key-status");
        for (GridPane grid : List.of(facts, materials)) {
            grid.setHgap(16);
            grid.setVgap(4);
            grid.getStyleClass().add("kcv-box");
        }
        notes.setWrapText(true);
        notes.getStyleClass().add("warning-text");
        getChildren().addAll(facts, materials, notes);
    }

    void show(KeyStatus status) {
        facts.getChildren().clear();
        materials.getChildren().clear();
        KeyInfo key = status.key();
        int row = 0;
        fact(row++, Messages.get("operator.status.key"), key.arn());
        fact(row++, Messages.get("operator.status.aliases"), status.aliases().isEmpty() ? Messages.get("operator.none")
                : String.join(", ", status.aliases()));
        fact(row++, Messages.get("operator.status.state"), key.state());
        fact(row++, Messages.get("operator.status.expires"), expiry(status));
        fact(row++, Messages.get("operator.status.current"), key.currentKeyMaterialId().orElse(Messages.get("operator.none")));
        fact(row, Messages.get("operator.status.checkedAt"), status.checkedAt().truncatedTo(ChronoUnit.SECONDS).toString());

        String[] headers = {Messages.get("operator.status.materialId"), Messages.get("operator.status.materialState"),
            Messages.get("operator.status.importState"), Messages.get("operator.status.materialExpires")};
        for (int column = 0; column < headers.length; column++) {
            materials.add(cell(headers[column], "field-label"), column, 0);
        }
        row = 1;
        for (KeyMaterialInfo m : status.materials()) {
            materials.add(cell(m.id(), "mono"), 0, row);
            materials.add(cell(m.materialState(), null), 1, row);
            materials.add(cell(m.importState(), null), 2, row);
            materials.add(cell(m.validTo().map(Instant::toString).orElse(Messages.get("operator.status.never")), null),
                    3, row++);
        }
        materials.setVisible(!status.materials().isEmpty());
        materials.setManaged(materials.isVisible());

        List<String> lines = new ArrayList<>();
        if (status.expiresSoon()) {
            lines.add(Messages.get("operator.status.expiresSoon"));
        }
        lines.addAll(status.notes());
        notes.setText(String.join("\n", lines));
        notes.setVisible(!lines.isEmpty());
        notes.setManaged(notes.isVisible());
    }

    private static String expiry(KeyStatus status) {
        KeyInfo key = status.key();
        if (key.materialExpires()) {
            return key.validTo().map(Instant::toString).orElse("?")
                    + status.daysLeft().map(d -> " " + Messages.get("operator.status.daysLeftShort", d)).orElse("");
        }
        return Messages.get(key.expirationModel().isPresent() ? "operator.status.never" : "operator.status.noMaterial");
    }

    private void fact(int row, String label, String value) {
        facts.add(cell(label, "field-label"), 0, row);
        facts.add(cell(value, "mono"), 1, row);
    }

    private static Label cell(String text, String style) {
        Label label = new Label(text);
        if (style != null) {
            label.getStyleClass().add(style);
        }
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
