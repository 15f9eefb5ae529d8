package com.netcore.byok.cli;

import com.netcore.byok.kms.Kms;
import com.netcore.byok.kms.MultiRegionReports;
import com.netcore.byok.kms.Reports;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code kms status}: a key's state, aliases and key materials with their expiry. */
@Command(name = "status", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Show a key's state, origin, aliases, key material expiry and days left (with a warning "
                + "under 30 days), its current key material id, and every key material (ListKeyRotations).",
                "For a multi-Region key, also a table of the primary and every replica (Region, state, expiry, "
                        + "current key material) with a warning for each difference."},
        footerHeading = "%nExamples:%n",
        footer = {"  byok-wizard kms status --key-id alias/customer-bank-a",
                "  byok-wizard kms status --key-id arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-"
                        + "1234567890ab --profile ops"})
final class StatusCommand extends KeyCommand {
    @Override
    void run(Kms kms, PrintWriter out) {
        out.print(Reports.status(kms.status(keyId())));
        if (kms.multiRegion(keyId()).isPresent()) {
            out.println();
            out.print(MultiRegionReports.status(kms.multiRegionStatus(keyId())));
        }
    }
}
