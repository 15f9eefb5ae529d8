package com.netcore.byok.kms.testserver;

/** An error answer of the test server, as KMS sends it: HTTP status, {@code __type} and message. */
final class KmsError extends RuntimeException {
    final int status;
    final String type;

    KmsError(int status, String type, String message) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
    }

    static KmsError of(String type, String message) {
        return new KmsError(400, type, message);
    }

    static KmsError validation(String message) {
        return of("ValidationException", message);
    }

    static KmsError notFound(String message) {
        return of("NotFoundException", message);
    }

    static KmsError invalidState(String message) {
        return of("KMSInvalidStateException", message);
    }
}
