package com.netcore.byok;

import com.netcore.byok.cli.ByokCli;
import com.netcore.byok.ui.ByokApp;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;

/** Entry point: no arguments opens the window, arguments run the command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            openWindow();
            return;
        }
        System.exit(ByokCli.run(args));
    }

    /** Returns when the window is closed; exits with 1 and one line on standard error when it cannot open. */
    private static void openWindow() {
        Optional<String> missing = WindowPrerequisites.ofThisMachine().missing();
        if (missing.isPresent()) {
            System.err.println(missing.get());
            System.exit(1);
        }
        // from a plain class path JavaFX warns that it runs as an unnamed module; the installed
        // application runs JavaFX as named modules, and this jar works either way
        Logger.getLogger("javafx").setLevel(Level.SEVERE);
        try {
            Application.launch(ByokApp.class);
        } catch (RuntimeException | LinkageError toolkitFailure) {
            System.err.println(WindowPrerequisites.toolkitFailed(toolkitFailure));
            System.exit(1);
        }
    }
}
