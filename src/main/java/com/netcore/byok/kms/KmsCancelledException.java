package com.netcore.byok.kms;

import com.netcore.byok.core.ByokException;

/** A KMS call stopped because its thread was interrupted (the user cancelled). */
public class KmsCancelledException extends ByokException {
    public KmsCancelledException(String message) {
        super(message);
    }
}
