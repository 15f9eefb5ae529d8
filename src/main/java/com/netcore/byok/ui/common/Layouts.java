package com.netcore.byok.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.layout.Region;

/** Layout rules shared by every view. */
public final class Layouts {
    private Layouts() {
    }

    /** Buttons, check and radio boxes, choice boxes and spinners never shrink below their text (no "..."). */
    public static void keepTextWhole(Node node) {
        if (node instanceof Labeled labeled && !(labeled instanceof Label) && !labeled.isWrapText()
                || node instanceof ChoiceBox<?> || node instanceof Spinner<?>) {
            ((Region) node).setMinWidth(Region.USE_PREF_SIZE);
        }
        if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            keepTextWhole(scroll.getContent()); // content is not a child until the skin exists
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(Layouts::keepTextWhole);
        }
    }
}
