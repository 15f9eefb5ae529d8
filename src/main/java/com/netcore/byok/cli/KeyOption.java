package com.netcore.byok.cli;

import picocli.CommandLine.Option;

/** {@code --key-id}: the key a kms command acts on. */
final class KeyOption {
    @Option(names = "--key-id", paramLabel = "ID", required = true, description = "Key id, key ARN or alias.")
    String keyId;
}
