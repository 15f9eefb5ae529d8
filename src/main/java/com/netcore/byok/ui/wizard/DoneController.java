package com.netcore.byok.ui.wizard;

import com.netcore.byok.core.WrappedKeyFiles;
import java.nio.file.Path;
import java.util.stream.Collectors;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;

/** The last step's view: the files written, their KCV, and what to do with them. */
public final class DoneController {
    private final WizardModel model;

    @FXML
    private Label files;
    @FXML
    private TextArea receipt;
    @FXML
    private javafx.scene.layout.VBox sharesBox;
    @FXML
    private Label shares;
    @FXML
    private Label regionsSend;

    public DoneController(WizardContext context) {
        this.model = context.model();
    }

    @FXML
    private void initialize() {
        model.writtenProperty().addListener((obs, old, written) -> show(written));
        show(model.writtenProperty().get()); // views load when first shown: start from the current state
    }

    private void show(WrappedKeyFiles.Written written) {
        if (written == null) {
            files.setText("");
            regionsSend.setVisible(false);
            regionsSend.setManaged(false);
            receipt.setText("");
            sharesBox.setVisible(false);
            sharesBox.setManaged(false);
            return;
        }
        var perRegion = model.regions().writtenProperty().get();
        var all = perRegion.isEmpty() ? java.util.List.of(written) : perRegion;
        files.setText(all.stream().flatMap(w -> w.files().stream()).map(Path::toString)
                .collect(Collectors.joining("\n")));
        regionsSend.setVisible(!perRegion.isEmpty());
        regionsSend.setManaged(!perRegion.isEmpty());
        var shareFiles = model.sharesWrittenProperty().get();
        shares.setText(shareFiles.stream().map(Path::toString).collect(Collectors.joining("\n")));
        sharesBox.setVisible(!shareFiles.isEmpty());
        sharesBox.setManaged(!shareFiles.isEmpty());
        receipt.setText(written.receipt().format());
    }
}
