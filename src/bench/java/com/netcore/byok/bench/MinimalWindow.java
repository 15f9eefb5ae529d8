package com.netcore.byok.bench;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The baseline: a minimal JavaFX window, started the same way (class path), printing the same marker. */
public final class MinimalWindow extends Application {
    public static void main(String[] args) {
        Application.launch(MinimalWindow.class, args);
    }

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("Hello")), 1100, 760);
        stage.setScene(scene);
        stage.show();
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
                System.out.println("BYOK-READY " + Duration.between(started, Instant.now()).toMillis() + " ms");
            }
        });
    }

    /** A launcher class that does not extend Application, as the product's Main. */
    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(MinimalWindow.class, args);
        }
    }
}
