package com.netcore.byok.cli;

import com.netcore.byok.kms.Kms;
import com.netcore.byok.kms.Reports;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code kms rotate}: makes the new key material imported for rotation current. */
@Command(name = "rotate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"On-demand rotation (RotateKeyOnDemand): the new key material imported with 'kms import "
                + "--new-material' becomes current; the previous one stays for decrypting older data.",
                "The other way, a new key per customer key: 'kms create-key', 'kms get-parameters', the customer "
                        + "wraps, 'kms import', then 'kms move-alias' points the alias at the new key."},
        footerHeading = "%nExamples:%n",
        footer = {"  byok-wizard kms get-parameters --key-id alias/customer-bank-a --out params2",
                "  (the customer wraps a NEW key for params2 into out2)",
                "  byok-wizard kms import --key-id alias/customer-bank-a --params params2 --wrapped out2 "
                        + "--no-expiry --new-material",
                "  byok-wizard kms rotate --key-id alias/customer-bank-a"})
final class RotateCommand extends KeyCommand {
    @Override
    void run(Kms kms, PrintWriter out) {
        out.print(Reports.rotated(kms.rotateOnDemand(keyId())));
    }
}
