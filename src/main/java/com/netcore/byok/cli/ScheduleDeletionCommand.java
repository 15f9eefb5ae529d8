package com.netcore.byok.cli;

import com.netcore.byok.kms.Revocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kms schedule-deletion}: schedules a key's deletion, after confirmation. */
@Command(name = "schedule-deletion", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Schedule deletion of a key (ScheduleKeyDeletion) after 7 to 30 days; the key is unusable at "
                + "once, and deleted for good at the end. 'aws kms cancel-key-deletion' stops it until then.",
                "Asks for confirmation on a terminal; without one, --yes is required."},
        footerHeading = "%nExample:%n",
        footer = {"  byok-wizard kms schedule-deletion --key-id alias/customer-bank-a --days 30"})
final class ScheduleDeletionCommand extends RevocationCommand {
    @Option(names = "--days", paramLabel = "DAYS", description = "Waiting period, 7 to 30 days (default 30).")
    int days = Revocation.MAX_DELETION_DAYS;

    @Override
    Revocation revocation() {
        return Revocation.scheduleDeletion(days);
    }
}
