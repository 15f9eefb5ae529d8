package com.netcore.byok.ui.operator;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;

/** Header fields as wide as their placeholder (or a sample value), at any font size: no placeholder is cut. */
final class FieldWidths {
    /** A full key ARN: what the KMS key field usually holds. */
    static final String SAMPLE_ARN = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    /** A sample value wider than this scrolls inside its field (a full ARN at 200% fonts would not fit the window). */
    private static final double MAX_SAMPLE_WIDTH = 640;

    private FieldWidths() {
    }

    /** A header field: at least its placeholder, preferably as wide as {@code sample} too. */
    static void fit(TextField field, String sample) {
        DoubleBinding prompt = promptWidth(field);
        field.minWidthProperty().bind(prompt);
        field.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.max(prompt.get(),
                Math.ceil(Math.min(MAX_SAMPLE_WIDTH, textWidth(field, sample)) + padding(field))), prompt));
    }

    /** A form field that grows with the window but never gets narrower than its placeholder. */
    static void keepPromptWhole(TextField field) {
        field.minWidthProperty().bind(promptWidth(field));
    }

    private static DoubleBinding promptWidth(TextField field) {
        return Bindings.createDoubleBinding(() -> Math.ceil(textWidth(field, field.getPromptText()) + padding(field)),
                field.fontProperty(), field.insetsProperty(), field.promptTextProperty());
    }

    private static double padding(TextField field) {
        return field.getInsets().getLeft() + field.getInsets().getRight() + 2;
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
