package com.netcore.byok.ui.common;

import com.netcore.byok.core.OffHeap;
import java.nio.CharBuffer;

/**
 * The typed characters of a secret field, off the heap ({@link OffHeap}: the garbage collector never copies them
 * while the person types), zeroed when the buffer grows and on {@link #wipe()}. The field shows only the mask
 * this buffer gives back for each edit.
 */
final class SecretChars {
    static final char MASK = '\u2022';
    private final boolean keepLayout;
    private CharBuffer content = OffHeap.chars(80);
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
        move(to, from + text.length(), length - to);
        for (int i = 0; i < text.length(); i++) {
            content.put(from + i, text.charAt(i));
        }
        for (int i = newLength; i < length; i++) {
            content.put(i, '\0');
        }
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
        char[] copy = new char[length];
        content.get(0, copy);
        return copy;
    }

    /** A read-only view of the typed characters, valid until the next edit or wipe; never turn it into a String. */
    CharSequence view() {
        return content.asReadOnlyBuffer().limit(length);
    }

    void wipe() {
        OffHeap.wipe(content);
        length = 0;
    }

    boolean isWiped() {
        for (int i = 0; i < content.capacity(); i++) {
            if (content.get(i) != '\0') {
                return false;
            }
        }
        return length == 0;
    }

    /** Moves {@code count} chars from {@code from} to {@code to} within the buffer, overlapping or not. */
    private void move(int from, int to, int count) {
        if (to > from) {
            for (int i = count - 1; i >= 0; i--) {
                content.put(to + i, content.get(from + i));
            }
        } else {
            for (int i = 0; i < count; i++) {
                content.put(to + i, content.get(from + i));
            }
        }
    }

    private void ensureCapacity(int needed) {
        if (needed > content.capacity()) {
            CharBuffer larger = OffHeap.chars(Math.max(needed, content.capacity() * 2));
            for (int i = 0; i < length; i++) {
                larger.put(i, content.get(i));
            }
            OffHeap.wipe(content);
            content = larger;
        }
    }
}
