package com.netcore.byok.ui;

import atlantafx.base.theme.PrimerLight;
import com.netcore.byok.ui.common.Dialogs;
import com.netcore.byok.ui.common.Layouts;
import com.netcore.byok.ui.common.Messages;
import com.netcore.byok.ui.operator.OperatorController;
import com.netcore.byok.ui.operator.OperatorModel;
import com.netcore.byok.ui.wizard.WizardContext;
import com.netcore.byok.ui.wizard.WizardController;
import com.netcore.byok.ui.wizard.WizardModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The application window: the customer wizard tab and the operator tab. */
public final class MainWindow {
    public static final double WIDTH = 1100;
    public static final double HEIGHT = 760;

    private final WizardModel wizardModel;
    private final OperatorModel operatorModel;
    private final WizardController wizard;
    private final TabPane tabs;

    public MainWindow(Dialogs dialogs, Clock clock) {
        wizardModel = new WizardModel(clock);
        WizardContext.Loaded<WizardController> loaded = new WizardContext(wizardModel, dialogs).load("wizard");
        wizard = loaded.controller();
        Tab wizardTab = new Tab(Messages.get("tab.wizard"), loaded.root());
        operatorModel = new OperatorModel(clock);
        Tab operatorTab = new Tab(Messages.get("tab.operator"));
        operatorTab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && operatorTab.getContent() == null) { // loaded when first opened: keeps start-up short
                operatorTab.setContent(loadOperator(operatorModel, dialogs));
            }
        });
        tabs = new TabPane(wizardTab, operatorTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("mainTabs");
    }

    /** Puts the window on {@code stage}: theme, size, icon, and the wiping of secrets when it closes. */
    public Scene show(Stage stage) {
        return show(stage, WIDTH, HEIGHT);
    }

    public Scene show(Stage stage, double width, double height) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(tabs, width, height);
        scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        Layouts.keepTextWhole(tabs);
        stage.setTitle(Messages.get("app.title"));
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        stage.setScene(scene);
        addIcons(stage);
        stage.setOnCloseRequest(event -> {
            if (wizardModel.busyProperty().get()) {
                event.consume(); // the wrap finishes in milliseconds; never leave half a ceremony
            }
        });
        stage.setOnHiding(event -> {
            wizard.wipeAll();
            operatorModel.close();
        });
        stage.show();
        return scene;
    }

    public WizardModel wizardModel() {
        return wizardModel;
    }

    public OperatorModel operatorModel() {
        return operatorModel;
    }

    /** Shows the operator tab (or the wizard tab). */
    public void selectTab(int index) {
        tabs.getSelectionModel().select(index);
    }

    private static Parent loadOperator(OperatorModel model, Dialogs dialogs) {
        FXMLLoader loader = new FXMLLoader(OperatorController.class.getResource("operator.fxml"), Messages.bundle());
        loader.setControllerFactory(type -> new OperatorController(model, dialogs));
        try {
            Parent root = loader.load();
            Layouts.keepTextWhole(root);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load operator.fxml", e);
        }
    }

    public WizardController wizard() {
        return wizard;
    }

    private static void addIcons(Stage stage) {
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            try (InputStream in = MainWindow.class.getResourceAsStream("icons/byok-wizard-" + size + ".png")) {
                if (in != null) {
                    stage.getIcons().add(new Image(in));
                }
            } catch (java.io.IOException ignored) {
                // an icon is decoration; the window works without it
            }
        }
    }
}
