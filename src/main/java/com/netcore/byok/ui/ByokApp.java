package com.netcore.byok.ui;

import com.netcore.byok.ui.common.NativeDialogs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application; started by {@code Main} when there are no arguments. */
public final class ByokApp extends Application {
    /** With {@code -Dbyok.startupProbe=true}, prints when the first step is laid out and interactive (benchmarks). */
    static final String STARTUP_PROBE = "byok.startupProbe";

    @Override
    public void start(Stage stage) {
        Scene scene = new MainWindow(new NativeDialogs(), Clock.systemUTC()).show(stage);
        if (Boolean.getBoolean(STARTUP_PROBE)) {
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
                    System.out.println("BYOK-READY " + Duration.between(started, Instant.now()).toMillis() + " ms");
                }
            });
        }
    }
}
