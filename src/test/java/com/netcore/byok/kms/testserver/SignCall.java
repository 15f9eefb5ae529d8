package com.netcore.byok.kms.testserver;

import java.util.HexFormat;

/** One Sign call the test server answered: the key's ARN, the algorithm, RAW or DIGEST, and the digest signed. */
public record SignCall(String keyArn, String algorithm, String messageType, byte[] digest) {
    public SignCall {
        digest = digest.clone();
    }

    @Override
    public byte[] digest() {
        return digest.clone();
    }

    public String digestHex() {
        return HexFormat.of().formatHex(digest);
    }
}
