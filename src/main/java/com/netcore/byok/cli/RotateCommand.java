package com.netcore.byok.cli;

import com.netcore.byok.kms.Kms;
import com.netcore.byok.kms.Rotation;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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
final class RotateCommand implements Callable<Integer> {
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
            Rotation rotation = kms.rotateOnDemand(keyId);
            if (rotation.previousMaterialId().map(rotation.newMaterialId()::equals).orElse(false)) {
                out.println("Rotation of " + rotation.key().arn() + " started; KMS has not switched the current key "
                        + "material yet. Check with 'kms status' in a few minutes.");
            } else {
                out.println("Rotated " + rotation.key().arn() + ": the current key material is now "
                        + rotation.newMaterialId() + rotation.previousMaterialId().map(p -> " (was " + p + ")").orElse("")
                        + ".");
                out.println("Data encrypted before still decrypts with the previous material (NON_CURRENT); keep the "
                        + "customer's previous key for re-imports.");
            }
        }
        out.flush();
        return 0;
    }
}
