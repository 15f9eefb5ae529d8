package com.netcore.byok.ui.common;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.TextArea;
import javafx.scene.input.MouseEvent;

/**
 * The multi-line sibling of {@link SecretField}, for secrets laid out in lines and groups (a share typed from its
 * sheet). The characters live in this area's own {@code char[]}, which {@link #wipe()} zeroes; the control shows
 * (and keeps for undo) bullets, with spaces and line breaks kept so the lines and groups stay visible. No copy,
 * cut or drag; paste is allowed.
 */
public class SecretTextArea extends TextArea {
    private final SecretChars chars = new SecretChars(true);
    private final ReadOnlyIntegerWrapper edits = new ReadOnlyIntegerWrapper();

    public SecretTextArea() {
        getStyleClass().add("secret-field");
        setContextMenu(new ContextMenu());
        addEventFilter(MouseEvent.DRAG_DETECTED, MouseEvent::consume);
    }

    @Override
    public void replaceText(int start, int end, String text) {
        SecretChars.Edit edit = chars.replace(start, end, text);
        super.replaceText(edit.from(), edit.to(), edit.mask());
        edits.set(edits.get() + 1);
    }

    @Override
    public void clear() {
        wipe();
    }

    /** Does nothing: secrets never go to the clipboard. */
    @Override
    public void cut() {
    }

    /** Does nothing: secrets never go to the clipboard. */
    @Override
    public void copy() {
    }

    /** Number of characters typed (not secret; shown as feedback). */
    public int characterCount() {
        return chars.length();
    }

    /**
     * A read-only view of the typed characters for checking and parsing them in place, valid until the next
     * edit; the caller must not keep it or turn it into a String.
     */
    public CharSequence characters() {
        return chars.view();
    }

    /** Zeroes the characters and empties the area. */
    public void wipe() {
        chars.wipe();
        super.replaceText(0, getLength(), "");
        edits.set(edits.get() + 1);
    }

    /**
     * Counts the edits. Listen to this rather than to the text: typing over a character with another leaves
     * the visible mask unchanged.
     */
    public ReadOnlyIntegerProperty editsProperty() {
        return edits.getReadOnlyProperty();
    }

    /** True when every char of the buffer is zero (for tests of secret hygiene). */
    public boolean isWiped() {
        return chars.isWiped();
    }
}
