package com.netcore.byok.cli;

import com.netcore.byok.kms.Consequences;
import com.netcore.byok.kms.KeyInfo;
import com.netcore.byok.kms.Kms;
import com.netcore.byok.kms.Reports;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "disable-key", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Disable a key (DisableKey): every Encrypt and Decrypt with it fails until it is enabled "
                + "again (aws kms enable-key). Asks for confirmation on a terminal; without one, --yes is required."},
        footerHeading = "%nExample:%n",
        footer = {"  byok-wizard kms disable-key --key-id alias/customer-bank-a"})
final class DisableKeyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    KmsCommand parent;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--key-id", paramLabel = "ID", required = true, description = "Key id, key ARN or alias.")
    String keyId;

    @Option(names = "--yes", description = "Confirm without asking (needed without a terminal).")
    boolean yes;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Kms kms = connection.connect()) {
            KeyInfo key = kms.describe(keyId);
            Confirmation.require(parent.terminal(), yes, "disable the key", Consequences.disable(key));
            KeyInfo after = kms.disable(key.arn());
            out.print(Reports.disabled(after));
        }
        out.flush();
        return 0;
    }
}
