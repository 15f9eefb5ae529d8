package com.netcore.byok.kms;

import java.util.Optional;

/** An alias pointed at {@code key}; {@code previousKeyArn} is where it pointed before (empty: it was new). */
public record AliasMove(String alias, KeyInfo key, Optional<String> previousKeyArn) {
    public boolean changed() {
        return previousKeyArn.map(previous -> !previous.equals(key.arn())).orElse(true);
    }
}
