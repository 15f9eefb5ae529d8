package com.netcore.byok.ui.common;

import java.util.Arrays;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseEvent;

/**
 * A masked field for typed secrets. The characters live in this field's own {@code char[]}, which
 * {@link #wipe()} zeroes; the text the control shows (and keeps for undo) is only bullets. No copy, cut
 * or drag. Paste is allowed: what is pasted was already on the clipboard.
 */
public class SecretField extends TextField {
    static final char MASK = '\u2022';
    private char[] content = new char[80];
    private int length;

    public SecretField() {
        getStyleClass().add("secret-field");
        setContextMenu(new ContextMenu());
        addEventFilter(MouseEvent.DRAG_DETECTED, MouseEvent::consume);
    }

    @Override
    public void replaceText(int start, int end, String text) {
        int from = Math.max(0, Math.min(start, length));
        int to = Math.max(from, Math.min(end, length));
        int newLength = length - (to - from) + text.length();
        ensureCapacity(newLength);
        System.arraycopy(content, to, content, from + text.length(), length - to);
        text.getChars(0, text.length(), content, from);
        Arrays.fill(content, newLength, Math.max(newLength, length), '\0');
        length = newLength;
        super.replaceText(from, to, String.valueOf(MASK).repeat(text.length()));
    }

    @Override
    public void clear() {
        wipe();
    }

    @Override
    public void cut() {
        // secrets never go to the clipboard
    }

    @Override
    public void copy() {
        // secrets never go to the clipboard
    }

    /** Number of characters typed (not secret; shown as feedback). */
    public int characterCount() {
        return length;
    }

    /** A copy of the typed characters; the caller wipes it after use. */
    public char[] copyCharacters() {
        return Arrays.copyOf(content, length);
    }

    /** Zeroes the characters and empties the field. */
    public void wipe() {
        Arrays.fill(content, '\0');
        length = 0;
        super.replaceText(0, getLength(), "");
    }

    /** True when every char of the buffer is zero (for tests of secret hygiene). */
    public boolean isWiped() {
        for (char c : content) {
            if (c != '\0') {
                return false;
            }
        }
        return length == 0;
    }

    private void ensureCapacity(int needed) {
        if (needed > content.length) {
            char[] larger = Arrays.copyOf(content, Math.max(needed, content.length * 2));
            Arrays.fill(content, '\0');
            content = larger;
        }
    }
}
