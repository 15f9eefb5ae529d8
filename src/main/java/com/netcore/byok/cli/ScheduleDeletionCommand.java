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

@Command(name = "schedule-deletion", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Schedule deletion of a key (ScheduleKeyDeletion) after 7 to 30 days; the key is unusable at "
                + "once, and deleted for good at the end. 'aws kms cancel-key-deletion' stops it until then.",
                "Asks for confirmation on a terminal; without one, --yes is required."},
        footerHeading = "%nExample:%n",
        footer = {"  byok-wizard kms schedule-deletion --key-id alias/customer-bank-a --days 30"})
final class ScheduleDeletionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    KmsCommand parent;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--key-id", paramLabel = "ID", required = true, description = "Key id, key ARN or alias.")
    String keyId;

    @Option(names = "--days", paramLabel = "DAYS", description = "Waiting period, 7 to 30 days (default 30).")
    int days = Kms.MAX_DELETION_DAYS;

    @Option(names = "--yes", description = "Confirm without asking (needed without a terminal).")
    boolean yes;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Kms.requireDeletionDays(days);
        try (Kms kms = connection.connect()) {
            KeyInfo key = kms.describe(keyId);
            Confirmation.require(parent.terminal(), yes, "schedule the deletion",
                    Consequences.scheduleDeletion(key, days, kms.clock()));
            KeyInfo after = kms.scheduleDeletion(key.arn(), days);
            out.print(Reports.deletionScheduled(after));
        }
        out.flush();
        return 0;
    }
}
