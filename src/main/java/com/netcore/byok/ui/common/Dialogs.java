package com.netcore.byok.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Native dialogs behind one small interface, so GUI tests can answer them. */
public interface Dialogs {
    Optional<Path> chooseFolder(Window owner, String title);

    Optional<Path> chooseFile(Window owner, String title);

    /** Asks a yes/no question; true when the user chose {@code confirmText}. */
    boolean confirm(Window owner, String title, String message, String confirmText);
}
