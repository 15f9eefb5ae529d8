package com.netcore.byok.cli;

import com.netcore.byok.kms.KeyInfo;
import com.netcore.byok.kms.KeyMaterial;
import com.netcore.byok.kms.KeyStatus;
import com.netcore.byok.kms.Kms;
import java.io.PrintWriter;
import java.time.Instant;
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
        KeyInfo key = status.key();
        out.println("Key: " + key.arn());
        out.println("  Aliases: " + (status.aliases().isEmpty() ? "none" : String.join(", ", status.aliases())));
        key.description().ifPresent(d -> out.println("  Description: " + d));
        out.println("  State: " + key.state());
        key.deletionDate().ifPresent(d -> out.println("  Deletion date: " + d));
        out.println("  Origin: " + key.origin() + (key.isExternal() ? " (imported key material)" : ""));
        out.println("  Key spec: " + key.keySpec() + ", " + key.keyUsage() + ", "
                + (key.multiRegion() ? "multi-Region" : "single-Region"));
        if (key.materialExpires()) {
            out.println("  Key material expires: " + key.validTo().map(Instant::toString).orElse("unknown")
                    + status.daysLeft().map(d -> " (" + d + " days left)").orElse(""));
        } else if (key.expirationModel().isPresent()) {
            out.println("  Key material expires: never");
        } else if (key.isExternal()) {
            out.println("  Key material expires: no key material imported");
        }
        if (status.expiresSoon()) {
            out.println("  WARNING: the key material expires in less than 30 days; then every Encrypt and Decrypt "
                    + "fails. Re-import the same key with a later expiry (kms get-parameters, customer wraps, "
                    + "kms import).");
        }
        out.println("  Current key material: " + key.currentKeyMaterialId().orElse("none"));
        out.println("  Key materials:" + (status.materials().isEmpty() ? " none" : ""));
        for (KeyMaterial m : status.materials()) {
            StringBuilder line = new StringBuilder("    " + m.id() + "  " + m.materialState() + ", " + m.importState());
            m.validTo().ifPresent(t -> line.append(", expires ").append(t));
            if (m.expirationModel().filter("KEY_MATERIAL_DOES_NOT_EXPIRE"::equals).isPresent()) {
                line.append(", never expires");
            }
            m.rotationDate().ifPresent(t -> line.append(", rotated in ").append(t)
                    .append(m.rotationType().map(type -> " (" + type + ")").orElse("")));
            m.description().ifPresent(d -> line.append(", \"").append(d).append('"'));
            out.println(line);
        }
        status.notes().forEach(note -> out.println("  Note: " + note));
    }
}
