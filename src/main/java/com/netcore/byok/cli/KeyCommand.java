package com.netcore.byok.cli;

import picocli.CommandLine.Mixin;

/** A {@code kms ...} command that acts on one key, given with {@code --key-id}. */
abstract class KeyCommand extends KmsSubcommand {
    @Mixin
    KeyOption key;

    String keyId() {
        return key.keyId;
    }
}
