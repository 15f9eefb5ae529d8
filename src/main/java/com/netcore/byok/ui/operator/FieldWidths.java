package com.netcore.byok.ui.operator;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;

/** Header fields as wide as their placeholder (or a sample value), at any font size: no placeholder is cut. */
final class FieldWidths {
    /** A full key ARN: what the KMS key field usually holds. */
    static final String SAMPLE_ARN = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    private FieldWidths() {
    }

    static void fit(TextField field, String sample) {
        DoubleBinding width = Bindings.createDoubleBinding(() -> {
            double text = Math.max(textWidth(field, field.getPromptText()), textWidth(field, sample));
            return Math.ceil(text + field.getInsets().getLeft() + field.getInsets().getRight() + 2);
        }, field.fontProperty(), field.insetsProperty(), field.promptTextProperty());
        field.minWidthProperty().bind(width);
        field.prefWidthProperty().bind(width);
    }

    static double textWidth(TextField field, String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text measured = new Text(text);
        measured.setFont(field.getFont());
        return measured.getLayoutBounds().getWidth();
    }
}
