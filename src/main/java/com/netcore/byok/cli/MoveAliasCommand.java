package com.netcore.byok.cli;

import com.netcore.byok.kms.Kms;
import com.netcore.byok.kms.Reports;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kms move-alias}: points an alias at a key. */
@Command(name = "move-alias", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Point an alias at a key (UpdateAlias, or CreateAlias when the alias is new): the last step "
                + "of rotating to a new key. Applications that use the alias encrypt with the new key from then on; "
                + "the old key still decrypts what it encrypted, so keep it until that data is re-encrypted."},
        footerHeading = "%nExample:%n",
        footer = {"  byok-wizard kms move-alias --alias customer-bank-a --key-id 0987dcba-09fe-87dc-65ba-ab0987654321"})
final class MoveAliasCommand extends KmsSubcommand {
    @Option(names = "--alias", paramLabel = "NAME", required = true, description = "The alias, e.g. customer-bank-a.")
    String alias;

    @Option(names = "--key-id", paramLabel = "ID", required = true, description = "The key it should point to.")
    String keyId;

    @Override
    void run(Kms kms, PrintWriter out) {
        out.print(Reports.aliasMoved(kms.moveAlias(alias, keyId)));
    }
}
