package com.netcore.byok.cli;

import com.netcore.byok.kms.Revocation;
import picocli.CommandLine.Command;

/** {@code kms disable-key}: disables a key, after confirmation. */
@Command(name = "disable-key", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Disable a key (DisableKey): every Encrypt and Decrypt with it fails until it is enabled "
                + "again (aws kms enable-key). Asks for confirmation on a terminal; without one, --yes is required."},
        footerHeading = "%nExample:%n",
        footer = {"  byok-wizard kms disable-key --key-id alias/customer-bank-a"})
final class DisableKeyCommand extends RevocationCommand {
    @Override
    Revocation revocation() {
        return Revocation.disable();
    }
}
