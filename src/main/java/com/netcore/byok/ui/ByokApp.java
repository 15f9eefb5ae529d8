package com.netcore.byok.ui;

import com.netcore.byok.ui.common.NativeDialogs;
import java.time.Clock;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application; started by {@code Main} when there are no arguments. */
public final class ByokApp extends Application {
    @Override
    public void start(Stage stage) {
        new MainWindow(new NativeDialogs(), Clock.systemUTC()).show(stage);
    }
}
