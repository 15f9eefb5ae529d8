package com.netcore.byok.ui.operator;

import com.netcore.byok.kms.KeyInfo;
import com.netcore.byok.kms.KeyStatus;
import com.netcore.byok.kms.RegionStatus;
import com.netcore.byok.ui.common.Messages;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/** Every Region of a multi-Region key, one row each: its role, state, expiry and current key material, never cut. */
final class RegionsTable extends GridPane {
    private List<RegionStatus> shown = List.of();

    RegionsTable() {
        setId("regionsTable");
        setHgap(16);
        setVgap(4);
        getStyleClass().add("kcv-box");
    }

    void show(List<RegionStatus> regions) {
        shown = List.copyOf(regions);
        getChildren().clear();
        List<Function<RegionStatus, String>> values = List.of(RegionStatus::region,
                r -> Messages.get(r.primary() ? "operator.regions.primary" : "operator.regions.replica"),
                r -> key(r).map(KeyInfo::state).orElse("?"),
                r -> key(r).filter(k -> !k.isPendingImport())
                        .map(k -> k.materialExpires() ? k.validTo().map(Object::toString).orElse("?") : "never")
                        .orElse("-"),
                r -> key(r).flatMap(KeyInfo::currentKeyMaterialId).orElse("-"));
        List<String> headers = List.of(Messages.get("operator.regions.region"), Messages.get("operator.regions.role"),
                Messages.get("operator.regions.state"), Messages.get("operator.regions.expires"),
                Messages.get("operator.regions.material"));
        for (int column = 0; column < headers.size(); column++) {
            add(cell(headers.get(column), "field-label"), column, 0);
            for (int row = 0; row < shown.size(); row++) {
                add(cell(values.get(column).apply(shown.get(row)), column == 4 ? "mono" : null), column, row + 1);
            }
        }
    }

    /** The Regions shown, in order. */
    List<RegionStatus> shown() {
        return shown;
    }

    private static Optional<KeyInfo> key(RegionStatus region) {
        return region.status().map(KeyStatus::key);
    }

    private static Label cell(String text, String style) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE); // ids and headers are never cut; the step scrolls sideways instead
        if (style != null) {
            label.getStyleClass().add(style);
        }
        return label;
    }
}
