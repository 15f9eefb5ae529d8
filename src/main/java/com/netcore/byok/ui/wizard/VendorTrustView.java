package com.netcore.byok.ui.wizard;

import com.netcore.byok.core.ByokException;
import com.netcore.byok.core.SignerCertificate;
import com.netcore.byok.ui.common.Dialogs;
import com.netcore.byok.ui.common.Messages;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The vendor part of the parameters step: the signature's state, the offered certificate's subject and
 * fingerprint with "Trust this vendor", and the list of trusted vendors, each removable.
 */
final class VendorTrustView {
    private final ParametersModel parameters;
    private final VendorTrustModel model;
    private final Dialogs dialogs;
    private final Label status;
    private final Label fingerprint;
    private final Button trustButton;
    private final VBox pinnedList;

    VendorTrustView(ParametersModel parameters, Dialogs dialogs, VBox box, Label status, Label fingerprint,
                    Button trustButton, VBox pinnedList, CheckBox fingerprintCompared) {
        this.parameters = parameters;
        this.model = parameters.vendorTrust();
        this.dialogs = dialogs;
        this.status = status;
        this.fingerprint = fingerprint;
        this.trustButton = trustButton;
        this.pinnedList = pinnedList;
        box.visibleProperty().bind(model.stateProperty().isEqualTo(VendorTrustModel.State.OFFERED)
                .or(model.stateProperty().isEqualTo(VendorTrustModel.State.VERIFIED)));
        box.managedProperty().bind(box.visibleProperty());
        trustButton.visibleProperty().bind(model.offeredProperty().isNotNull());
        trustButton.managedProperty().bind(trustButton.visibleProperty());
        fingerprint.visibleProperty().bind(model.offeredProperty().isNotNull());
        fingerprint.managedProperty().bind(fingerprint.visibleProperty());
        status.textProperty().bind(model.messageProperty());
        model.offeredProperty().addListener((obs, old, offered) -> fingerprint.setText(offered == null ? ""
                : ParametersController.twoLines(offered.fingerprintGrouped())));
        model.stateProperty().addListener((obs, old, state) -> {
            status.getStyleClass().removeAll("success-text");
            if (state == VendorTrustModel.State.VERIFIED) {
                status.getStyleClass().add("success-text");
            }
            fingerprintCompared.setText(Messages.get(state == VendorTrustModel.State.VERIFIED
                    ? "vendor.confirmSigned" : "parameters.fingerprintCompared"));
        });
        trustButton.setOnAction(e -> trust());
        model.pinned().addListener((javafx.collections.ListChangeListener<SignerCertificate>) c -> showPinned());
        showPinned();
    }

    private void trust() {
        SignerCertificate offered = model.offeredProperty().get();
        if (offered == null || !dialogs.confirm(trustButton.getScene().getWindow(), Messages.get("vendor.trust.title"),
                Messages.get("vendor.trust.question", offered.subject(), offered.fingerprintGrouped()),
                Messages.get("vendor.trust.confirm"))) {
            return;
        }
        try {
            model.trustOffered();
            parameters.recheckVendor();
        } catch (ByokException e) {
            status.textProperty().unbind();
            status.setText(e.getMessage());
            status.textProperty().bind(model.messageProperty());
        }
    }

    private void showPinned() {
        pinnedList.getChildren().clear();
        if (model.pinned().isEmpty()) {
            Label none = new Label(Messages.get("vendor.pinned.none"));
            none.setWrapText(true);
            pinnedList.getChildren().add(none);
        }
        for (SignerCertificate certificate : model.pinned()) {
            Label name = new Label(certificate.subject() + "\n" + certificate.fingerprintGrouped());
            name.setWrapText(true);
            name.getStyleClass().add("text-muted");
            Button remove = new Button(Messages.get("vendor.pinned.remove"));
            remove.setAccessibleText(Messages.get("vendor.pinned.remove") + " " + certificate.subject());
            remove.setOnAction(e -> {
                if (dialogs.confirm(remove.getScene().getWindow(), Messages.get("vendor.pinned.remove.title"),
                        Messages.get("vendor.pinned.remove.question", certificate.subject()),
                        Messages.get("vendor.pinned.remove"))) {
                    model.remove(certificate);
                    parameters.recheckVendor();
                }
            });
            HBox row = new HBox(12, name, remove);
            HBox.setHgrow(name, Priority.ALWAYS);
            pinnedList.getChildren().add(row);
        }
        Label folder = new Label(Messages.get("vendor.pinned.folder", model.folder()));
        folder.setWrapText(true);
        folder.getStyleClass().add("text-muted");
        pinnedList.getChildren().add(folder);
    }
}
