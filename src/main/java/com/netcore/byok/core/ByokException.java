package com.netcore.byok.core;

/**
 * A problem a person can fix: the message says what is wrong, where, and what to do.
 * Shown as one sentence (CLI) or beside the field (GUI), never as a stack trace.
 * Messages never contain key material.
 */
public class ByokException extends RuntimeException {
    public ByokException(String message) {
        super(message, null, false, false);
    }

    public ByokException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
