package com.netcore.byok.ui.wizard;

import com.netcore.byok.ceremony.SignedHandOff;
import com.netcore.byok.core.ByokException;
import com.netcore.byok.core.KeyMaker;
import com.netcore.byok.core.Passwords;
import com.netcore.byok.core.SigningIdentity;
import com.netcore.byok.ui.common.Messages;
import com.netcore.byok.ui.common.SecretField;
import com.netcore.byok.ui.common.Tasks;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * "Sign the receipt with my identity" on the review step: choose the .p12 and type its password in a wipeable
 * field, or make a new identity (name, password twice, a folder for officer.p12 and officer.pem).
 */
final class ReceiptSigningView {
    static final String P12_NAME = "officer.p12";
    static final String PEM_NAME = "officer.pem";
    private final WizardContext context;
    private final ReceiptSigningModel model;
    private final SecretField password = new SecretField();
    private final TextField newName = new TextField();
    private final SecretField newPassword = new SecretField();
    private final SecretField newPasswordAgain = new SecretField();
    private final Label identity = new Label(Messages.get("signing.identityNone"));
    private final Label createResult = new Label();

    ReceiptSigningView(WizardContext context, VBox box) {
        this.context = context;
        this.model = context.model().receiptSigning();
        CheckBox sign = new CheckBox(Messages.get("signing.sign"));
        sign.setId("signReceipt");
        sign.setWrapText(true);
        sign.selectedProperty().bindBidirectional(model.signProperty());
        Button choose = new Button(Messages.get("signing.chooseIdentity"));
        choose.setId("chooseIdentityButton");
        choose.setOnAction(e -> context.dialogs().chooseFile(box.getScene().getWindow(),
                Messages.get("signing.chooseIdentity.title")).ifPresent(model::chooseIdentity));
        identity.setId("identityFile");
        identity.setWrapText(true);
        model.identityFileProperty().addListener((obs, old, file) -> identity.setText(file == null
                ? Messages.get("signing.identityNone") : file.toString()));
        password.setId("identityPassword");
        password.setAccessibleText(Messages.get("signing.password"));
        password.setPromptText(Messages.get("signing.password"));
        model.bindPassword(new ReceiptSigningModel.PasswordSource() {
            @Override
            public char[] copy() {
                return password.copyCharacters();
            }

            @Override
            public void wipe() {
                password.wipe();
            }
        });
        Label hint = new Label(Messages.get("signing.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        VBox details = new VBox(8, hint, new HBox(8, choose, identity), password, createSection());
        details.getStyleClass().add("choice-pane");
        details.visibleProperty().bind(sign.selectedProperty());
        details.managedProperty().bind(details.visibleProperty());
        box.getChildren().setAll(sign, details);
    }

    private VBox createSection() {
        newName.setId("identityName");
        newName.setPromptText(Messages.get("identity.name"));
        newPassword.setId("newIdentityPassword");
        newPassword.setPromptText(Messages.get("identity.password"));
        newPasswordAgain.setId("newIdentityPasswordAgain");
        newPasswordAgain.setPromptText(Messages.get("identity.passwordAgain"));
        Button save = new Button(Messages.get("identity.save"));
        save.setId("createIdentityButton");
        save.setOnAction(e -> create(save));
        createResult.setId("identityCreated");
        createResult.setWrapText(true);
        VBox form = new VBox(6, new Label(Messages.get("identity.intro")), newName, newPassword, newPasswordAgain,
                save, createResult);
        form.setVisible(false);
        form.setManaged(false);
        Button toggle = new Button(Messages.get("signing.createIdentity"));
        toggle.setId("makeIdentityButton");
        toggle.setOnAction(e -> {
            form.setVisible(!form.isVisible());
            form.setManaged(form.isVisible());
        });
        return new VBox(6, toggle, form);
    }

    /** Makes the identity off the FX thread (PBKDF2 is slow on purpose); both passwords are wiped either way. */
    private void create(Button save) {
        char[] first = newPassword.copyCharacters();
        char[] second = newPasswordAgain.copyCharacters();
        newPassword.wipe();
        newPasswordAgain.wipe();
        String name = newName.getText();
        try {
            if (!Passwords.same(first, second)) {
                throw new ByokException(Messages.get("identity.differ"));
            }
            Passwords.checkNew(first, Messages.get("identity.passwordWhat"));
            SigningIdentity.checkName(name);
        } catch (ByokException e) {
            Passwords.wipe(first);
            Passwords.wipe(second);
            createResult.setText(e.getMessage());
            return;
        }
        Passwords.wipe(second);
        Optional<Path> folder = context.dialogs().chooseFolder(save.getScene().getWindow(),
                Messages.get("identity.folder.title"));
        if (folder.isEmpty()) {
            Passwords.wipe(first);
            return;
        }
        Path p12 = folder.get().resolve(P12_NAME);
        Path pem = folder.get().resolve(PEM_NAME);
        save.setDisable(true);
        Tasks.run(() -> {
            try {
                return SignedHandOff.createIdentity(name, p12, Optional.of(pem), first, KeyMaker.strongRandom(),
                        Clock.systemUTC());
            } finally {
                Passwords.wipe(first);
            }
        }, created -> {
            save.setDisable(false);
            model.chooseIdentity(p12);
            createResult.setText(Messages.get("identity.created", created.certificate().subject(),
                    created.certificate().fingerprintGrouped(), p12, pem));
        }, failure -> {
            save.setDisable(false);
            createResult.setText(failure instanceof ByokException ? failure.getMessage()
                    : Messages.get("wrap.unexpected", failure.getClass().getSimpleName()));
        });
    }
}
