package com.netcore.byok;

import com.netcore.byok.cli.ByokCli;
import com.netcore.byok.ui.ByokApp;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;

/** Entry point: no arguments opens the window, arguments run the command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            // from a plain class path JavaFX warns that it runs as an unnamed module; the installed
            // application runs JavaFX as named modules, and this jar works either way
            Logger.getLogger("javafx").setLevel(Level.SEVERE);
            Application.launch(ByokApp.class);
            return;
        }
        System.exit(ByokCli.run(args));
    }
}
