package com.netcore.byok.core;

/** Share text and QR payload as Strings, for tests only: production keeps them in wiped arrays. */
public final class ShareTexts {
    private ShareTexts() {
    }

    public static String text(KeyShare share) {
        try (WrittenShare written = ShareWriter.write(share)) {
            return written.text().toString();
        }
    }

    public static String qrPayload(KeyShare share) {
        try (WrittenShare written = ShareWriter.write(share)) {
            return written.qrPayload().toString();
        }
    }
}
