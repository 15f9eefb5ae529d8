package com.netcore.byok.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;

/** Layout rules shared by every view. */
public final class Layouts {
    private Layouts() {
    }

    /** Buttons, check boxes and radio buttons never shrink below their text (no "..." at large fonts). */
    public static void keepTextWhole(Node node) {
        if (node instanceof Labeled labeled && !(labeled instanceof Label) && !labeled.isWrapText()) {
            labeled.setMinWidth(Region.USE_PREF_SIZE);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(Layouts::keepTextWhole);
        }
    }
}
