package com.netcore.byok.core;

import java.util.List;

/**
 * What {@link ShareText#check} found in a share's text, for live feedback while it is typed: the state, one
 * sentence about the first problem (or what is still missing), where it is, and the state of each data line.
 * Holds no share data.
 *
 * @param line  1-based line of the text the message is about, or 0
 * @param group 1-based group of four digits within a data line (5 is the line's check group), or 0
 */
public record ShareCheck(Status status, String message, int line, int group, List<LineState> dataLines) {

    public enum Status {
        /** Nothing typed yet. */
        EMPTY,
        /** No error so far, but lines or digits are still missing. */
        INCOMPLETE,
        /** A mistake: {@link #message()} says which line and group. */
        INVALID,
        /** Every line is there and every checksum matches. */
        COMPLETE
    }

    /** The state of one data line ({@code Data 1} to {@code Data 4}). */
    public enum LineState {
        MISSING, INCOMPLETE, OK, WRONG
    }

    public ShareCheck {
        dataLines = List.copyOf(dataLines);
    }

    public boolean complete() {
        return status == Status.COMPLETE;
    }
}
