package com.netcore.byok.cli;

import com.netcore.byok.core.ByokException;
import com.netcore.byok.kms.Kms;
import com.netcore.byok.kms.MultiRegionReports;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kms replicate}: a replica of a multi-Region primary key in another Region. */
@Command(name = "replicate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Replicate a multi-Region primary key into another Region (ReplicateKey). With imported key "
                + "material the replica starts PendingImport: download that Region's own parameters and import the "
                + "SAME key there. Prints the replica's key ARN.",
                "Refused, before the call, for a single-Region key, a replica, or a Region that already holds the key. "
                        + "--region is the primary key's Region."},
        footerHeading = "%nExample:%n",
        footer = {"  byok-wizard kms replicate --region eu-west-1 --key-id mrk-1234abcd12ab34cd56ef1234567890ab "
                + "--to-region us-east-1 --description \"Bank A BYOK (US)\" --tag customer=bank-a"})
final class ReplicateCommand extends KeyCommand {
    @Option(names = "--to-region", paramLabel = "REGION", required = true, description = "Region of the new replica, "
            + "e.g. us-east-1.")
    String toRegion;

    @Option(names = "--description", paramLabel = "TEXT", description = "The replica's description (default: the "
            + "primary's).")
    String description;

    @Option(names = "--tag", paramLabel = "KEY=VALUE", description = "A tag of the replica (repeatable; tags are not "
            + "shared between Regions).")
    List<String> tags = List.of();

    private final Map<String, String> parsedTags = new LinkedHashMap<>();

    @Override
    void checkOptions() {
        if (!toRegion.matches("[a-z]{2,}(-[a-z0-9]+)+")) {
            throw new ByokException("--to-region '" + toRegion + "' is not an AWS Region name. Give one like us-east-1.");
        }
        for (String tag : tags) {
            int eq = tag.indexOf('=');
            if (eq <= 0) {
                throw new ByokException("--tag '" + tag + "' has no key: give it as KEY=VALUE, e.g. customer=bank-a.");
            }
            parsedTags.put(tag.substring(0, eq), tag.substring(eq + 1));
        }
    }

    @Override
    void run(Kms kms, PrintWriter out) {
        out.print(MultiRegionReports.replicated(kms.replicate(keyId(), toRegion, Optional.ofNullable(description),
                parsedTags)));
    }
}
