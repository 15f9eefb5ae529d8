package com.netcore.byok.ui.operator;

import com.netcore.byok.kms.SigningKeySpec;
import com.netcore.byok.ui.common.Dialogs;
import com.netcore.byok.ui.common.Messages;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The signed hand-off's controls in the operator tab: the signing key, its certificate and "sign the parameters"
 * on the download step, the customer's certificate on the import step. Built in code and added to the two panes.
 */
final class SignedHandOffPanes {
    /** Runs a job as the operator tab runs all of them (busy state, errors, cancel). */
    interface Runner {
        void run(Callable<Callable<SignedHandOffModel.Done>> build, Consumer<SignedHandOffModel.Done> onSuccess);
    }

    private SignedHandOffPanes() {
    }

    static void install(VBox parametersPane, VBox importPane, SignedHandOffModel model, OperatorModel operator,
                        Dialogs dialogs, Supplier<Window> window, Runner runner) {
        Consumer<SignedHandOffModel.Done> done = result -> {
            result.apply().run();
            operator.outcome().succeeded(result.report());
        };

        TextField key = new TextField();
        key.setId("signingKey");
        key.setPromptText("alias/byok-parameters-signing");
        key.textProperty().bindBidirectional(model.signingKeyProperty());
        ChoiceBox<SigningKeySpec> spec = new ChoiceBox<>(FXCollections.observableArrayList(SigningKeySpec.values()));
        spec.setId("signingKeySpec");
        spec.valueProperty().bindBidirectional(model.signingKeySpecProperty());
        Button create = button("createSigningKeyButton", Messages.get("operator.signing.create"));
        create.setOnAction(e -> runner.run(model::createSigningKeyJob, done));

        TextField subject = new TextField();
        subject.setId("signingSubject");
        subject.setPromptText("CN=Netcore BYOK parameters, O=Netcore");
        subject.textProperty().bindBidirectional(model.subjectProperty());
        Spinner<Integer> days = new Spinner<>(1, 3650, model.daysProperty().get());
        days.setEditable(true);
        days.setPrefWidth(100);
        days.valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                model.daysProperty().set(value);
            }
        });
        Button make = button("makeCertificateButton", Messages.get("operator.signing.makeCertificate"));
        make.setOnAction(e -> dialogs.chooseFolder(window.get(), Messages.get("operator.signing.makeCertificate.title"))
                .ifPresent(folder -> runner.run(() -> model.certificateJob(folder), done)));
        Button use = button("useCertificateButton", Messages.get("operator.signing.useCertificate"));
        use.setOnAction(e -> dialogs.chooseFile(window.get(), Messages.get("operator.signing.useCertificate.title"))
                .ifPresent(model.certificateProperty()::set));
        Label certificate = new Label();
        certificate.setId("signingCertificateLabel");
        certificate.setWrapText(true);
        certificate.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> Messages.get(
                "operator.signing.certificateLabel", pathText(model.certificateProperty().get())),
                model.certificateProperty()));
        CheckBox sign = new CheckBox(Messages.get("operator.signing.sign"));
        sign.setId("signParameters");
        sign.setWrapText(true);
        sign.selectedProperty().bindBidirectional(model.signParametersProperty());

        Label title = new Label(Messages.get("operator.signing.title"));
        title.getStyleClass().add("text-bold");
        Label intro = new Label(Messages.get("operator.signing.intro"));
        intro.setWrapText(true);
        HBox keyRow = row(Messages.get("operator.signing.key"), key);
        HBox specRow = row(Messages.get("operator.signing.spec"), spec);
        HBox subjectRow = row(Messages.get("operator.signing.subject"), subject);
        HBox daysRow = row(Messages.get("operator.signing.days"), days);
        VBox signing = new VBox(8, title, intro, keyRow, specRow, create, subjectRow, daysRow, new HBox(8, make, use),
                certificate, sign);
        signing.setId("signedHandOffPane");
        int beforeRun = Math.max(0, parametersPane.getChildren().size() - 1);
        parametersPane.getChildren().add(beforeRun, signing);

        Label customer = new Label();
        customer.setId("customerCertificateLabel");
        customer.setWrapText(true);
        customer.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(model::customerCertificateText,
                model.customerCertificateProperty()));
        Button choose = button("customerCertificateButton", Messages.get("operator.customer.button"));
        choose.setOnAction(e -> dialogs.chooseFile(window.get(), Messages.get("operator.customer.title"))
                .ifPresent(model.customerCertificateProperty()::set));
        int beforeButtons = Math.max(0, importPane.getChildren().size() - 1);
        importPane.getChildren().add(beforeButtons, new VBox(8, customer, choose));
    }

    private static Button button(String id, String text) {
        Button button = new Button(text);
        button.setId(id);
        button.setMnemonicParsing(true);
        return button;
    }

    /** A label that never shrinks, then its control, growing when it is a text field. */
    private static HBox row(String text, javafx.scene.control.Control field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (field instanceof TextField) {
            HBox.setHgrow(field, Priority.ALWAYS);
        }
        HBox row = new HBox(8, label, field);
        row.getStyleClass().add("aligned");
        return row;
    }

    private static String pathText(Path path) {
        return path == null ? Messages.get("operator.notChosen") : path.toString();
    }
}
