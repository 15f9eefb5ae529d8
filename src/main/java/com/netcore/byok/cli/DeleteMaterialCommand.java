package com.netcore.byok.cli;

import com.netcore.byok.kms.Consequences;
import com.netcore.byok.kms.KeyInfo;
import com.netcore.byok.kms.Kms;
import com.netcore.byok.kms.Reports;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "delete-material", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Delete imported key material (DeleteImportedKeyMaterial), e.g. when the customer revokes: "
                + "the key stops working (PendingImport) until the same key is imported again.",
                "Asks for confirmation on a terminal; without one, --yes is required."},
        footerHeading = "%nExamples:%n",
        footer = {"  byok-wizard kms delete-material --key-id alias/customer-bank-a",
                "  byok-wizard kms delete-material --key-id alias/customer-bank-a --key-material-id 60a5...e334 --yes"})
final class DeleteMaterialCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    KmsCommand parent;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--key-id", paramLabel = "ID", required = true, description = "Key id, key ARN or alias.")
    String keyId;

    @Option(names = "--key-material-id", paramLabel = "ID", description = "Which key material (64 hex, from 'kms "
            + "status'). Default: the current one.")
    String materialId;

    @Option(names = "--yes", description = "Confirm without asking (needed without a terminal).")
    boolean yes;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Kms kms = connection.connect()) {
            KeyInfo key = kms.describe(keyId);
            Optional<String> id = Optional.ofNullable(materialId);
            Confirmation.require(parent.terminal(), yes, "delete the key material",
                    Consequences.deleteMaterial(key, id));
            KeyInfo after = kms.deleteMaterial(key.arn(), id);
            out.print(Reports.materialDeleted(after, id));
        }
        out.flush();
        return 0;
    }
}
