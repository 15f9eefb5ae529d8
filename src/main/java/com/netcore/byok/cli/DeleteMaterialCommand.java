package com.netcore.byok.cli;

import com.netcore.byok.kms.Revocation;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kms delete-material}: deletes imported key material, after confirmation. */
@Command(name = "delete-material", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Delete imported key material (DeleteImportedKeyMaterial), e.g. when the customer revokes: "
                + "the key stops working (PendingImport) until the same key is imported again.",
                "Asks for confirmation on a terminal; without one, --yes is required."},
        footerHeading = "%nExamples:%n",
        footer = {"  byok-wizard kms delete-material --key-id alias/customer-bank-a",
                "  byok-wizard kms delete-material --key-id alias/customer-bank-a --key-material-id 60a5...e334 --yes"})
final class DeleteMaterialCommand extends RevocationCommand {
    @Option(names = "--key-material-id", paramLabel = "ID", description = "Which key material (64 hex, from 'kms "
            + "status'). Default: the current one.")
    String materialId;

    @Override
    Revocation revocation() {
        return Revocation.deleteMaterial(Optional.ofNullable(materialId));
    }
}
