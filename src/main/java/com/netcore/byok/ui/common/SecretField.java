package com.netcore.byok.ui.common;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseEvent;

/**
 * A masked field for typed secrets. The characters live in this field's own {@code char[]}, which
 * {@link #wipe()} zeroes; the text the control shows (and keeps for undo) is only bullets. No copy, cut
 * or drag. Paste is allowed: what is pasted was already on the clipboard.
 */
public class SecretField extends TextField {
    static final char MASK = SecretChars.MASK;
    private final SecretChars chars = new SecretChars(false);

    public SecretField() {
        getStyleClass().add("secret-field");
        setContextMenu(new ContextMenu());
        addEventFilter(MouseEvent.DRAG_DETECTED, MouseEvent::consume);
    }

    /** Does nothing: secrets never go to the clipboard. */
    @Override
    public void cut() {
    }

    /** Does nothing: secrets never go to the clipboard. */
    @Override
    public void copy() {
    }

    @Override
    public void replaceText(int start, int end, String text) {
        SecretChars.Edit edit = chars.replace(start, end, text);
        super.replaceText(edit.from(), edit.to(), edit.mask());
    }

    @Override
    public void clear() {
        wipe();
    }

    /** Number of characters typed (not secret; shown as feedback). */
    public int characterCount() {
        return chars.length();
    }

    /** A copy of the typed characters; the caller wipes it after use. */
    public char[] copyCharacters() {
        return chars.copy();
    }

    /** Zeroes the characters and empties the field. */
    public void wipe() {
        chars.wipe();
        super.replaceText(0, getLength(), "");
    }

    /** True when every char of the buffer is zero (for tests of secret hygiene). */
    public boolean isWiped() {
        return chars.isWiped();
    }
}
