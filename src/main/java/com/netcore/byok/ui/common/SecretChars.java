package com.netcore.byok.ui.common;

import java.nio.CharBuffer;
import java.util.Arrays;

/**
 * The typed characters of a secret field, in a {@code char[]} that is zeroed when it grows and on {@link #wipe()}.
 * The field shows only the mask this buffer gives back for each edit.
 */
final class SecretChars {
    static final char MASK = '\u2022';
    private final boolean keepLayout;
    private char[] content = new char[80];
    private int length;

    /** {@code keepLayout}: spaces and line breaks stay visible in the mask (for text laid out in lines and groups). */
    SecretChars(boolean keepLayout) {
        this.keepLayout = keepLayout;
    }

    /** Replaces {@code [start, end)} by {@code text}; returns the clamped range and the mask to show in its place. */
    Edit replace(int start, int end, String typed) {
        String text = keptByTheControl(typed);
        int from = Math.max(0, Math.min(start, length));
        int to = Math.max(from, Math.min(end, length));
        int newLength = length - (to - from) + text.length();
        ensureCapacity(newLength);
        System.arraycopy(content, to, content, from + text.length(), length - to);
        text.getChars(0, text.length(), content, from);
        Arrays.fill(content, newLength, Math.max(newLength, length), '\0');
        length = newLength;
        char[] mask = new char[text.length()];
        for (int i = 0; i < mask.length; i++) {
            char c = text.charAt(i);
            mask[i] = keepLayout && (c == ' ' || c == '\n' || c == '\t') ? c : MASK;
        }
        return new Edit(from, to, new String(mask));
    }

    /**
     * What the control keeps of {@code typed} (JavaFX drops control characters, and line breaks and tabs in a
     * single-line field), so that this buffer and the visible mask always have the same length.
     */
    private String keptByTheControl(String typed) {
        StringBuilder kept = null;
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            boolean dropped = c == 0x7F || (c < 0x20 && !(keepLayout && (c == '\n' || c == '\t')));
            if (dropped && kept == null) {
                kept = new StringBuilder(typed.length());
                kept.append(typed, 0, i);
            } else if (!dropped && kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? typed : kept.toString();
    }

    /** A clamped edit and the mask that replaces it in the visible text. */
    record Edit(int from, int to, String mask) {
    }

    int length() {
        return length;
    }

    /** A copy of the typed characters; the caller wipes it after use. */
    char[] copy() {
        return Arrays.copyOf(content, length);
    }

    /** A read-only view of the typed characters, valid until the next edit or wipe; never turn it into a String. */
    CharSequence view() {
        return CharBuffer.wrap(content, 0, length).asReadOnlyBuffer();
    }

    void wipe() {
        Arrays.fill(content, '\0');
        length = 0;
    }

    boolean isWiped() {
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
