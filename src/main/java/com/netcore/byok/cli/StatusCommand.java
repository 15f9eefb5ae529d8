package com.netcore.byok.cli;

import com.netcore.byok.kms.KeyStatus;
import com.netcore.byok.kms.Kms;
import com.netcore.byok.kms.Reports;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "status", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Show a key's state, origin, aliases, key material expiry and days left (with a warning "
                + "under 30 days), its current key material id, and every key material (ListKeyRotations)."},
        footerHeading = "%nExamples:%n",
        footer = {"  byok-wizard kms status --key-id alias/customer-bank-a",
                "  byok-wizard kms status --key-id arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-"
                        + "1234567890ab --profile ops"})
final class StatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--key-id", paramLabel = "ID", required = true, description = "Key id, key ARN or alias.")
    String keyId;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Kms kms = connection.connect()) {
            print(out, kms.status(keyId));
        }
        out.flush();
        return 0;
    }

    static void print(PrintWriter out, KeyStatus status) {
        out.print(Reports.status(status));
    }
}
