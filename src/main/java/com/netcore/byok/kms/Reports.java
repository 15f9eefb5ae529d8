package com.netcore.byok.kms;

import com.netcore.byok.core.Durations;
import com.netcore.byok.core.ImportReadme;
import com.netcore.byok.core.WrappingPublicKey;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** What each operator action did, in the words the command line prints and the operator tab shows. */
public final class Reports {
    private Reports() {
    }

    public static String created(CreatedKey created, String policySource) {
        KeyInfo key = created.key();
        StringBuilder out = new StringBuilder();
        line(out, "Created key " + key.arn() + " (Origin EXTERNAL, SYMMETRIC_DEFAULT, "
                + (key.multiRegion() ? "multi-Region" : "single-Region") + "), state " + key.state() + ".");
        created.alias().ifPresent(a -> line(out, "Alias: " + a));
        line(out, "Key policy: " + (created.defaultPolicy() ? "default (root principal of account " + key.account()
                + " only)" : "from " + policySource));
        return out.toString();
    }

    public static String parameters(DownloadedParameters parameters, Path folder, Clock clock) {
        StringBuilder out = new StringBuilder();
        line(out, "Import parameters for " + parameters.keyArn() + " written to " + folder + ":");
        line(out, String.format("  %-22s give to the customer", WrappingPublicKey.FILE_NAME));
        line(out, String.format("  %-22s give to the customer", ImportReadme.FILE_NAME));
        line(out, String.format("  %-22s keep here for the import (kms import); do not send", DownloadedParameters.TOKEN_FILE));
        line(out, "Wrapping algorithm " + parameters.algorithm().name() + ", wrapping key RSA_"
                + parameters.publicKey().bits() + ".");
        line(out, "Valid to " + parameters.validTo() + " (" + Durations.describe(Duration.between(clock.instant(),
                parameters.validTo())) + "): the customer must wrap and you must import before then.");
        line(out, "Public key SHA-256 fingerprint: read it to the customer by phone or video call:");
        line(out, "  " + parameters.publicKey().fingerprintGrouped());
        return out.toString();
    }

    public static String imported(ImportResult result) {
        StringBuilder out = new StringBuilder();
        line(out, "Imported key material into " + result.key().arn() + " (" + result.kind().describe() + ").");
        line(out, "  Key material id: " + result.keyMaterialId());
        line(out, "  Key state: " + result.key().state());
        line(out, "  Expires: " + result.expiry().validTo().map(Instant::toString).orElse("never"));
        line(out, "  Check: " + (result.verified() ? result.verification() : "imported; not verified: "
                + result.verification()));
        line(out, "  Recorded in " + result.logFile());
        return out.toString();
    }

    public static String status(KeyStatus status) {
        KeyInfo key = status.key();
        StringBuilder out = new StringBuilder();
        line(out, "Key: " + key.arn());
        line(out, "  Aliases: " + (status.aliases().isEmpty() ? "none" : String.join(", ", status.aliases())));
        key.description().ifPresent(d -> line(out, "  Description: " + d));
        line(out, "  State: " + key.state());
        key.deletionDate().ifPresent(d -> line(out, "  Deletion date: " + d));
        line(out, "  Origin: " + key.origin() + (key.isExternal() ? " (imported key material)" : ""));
        line(out, "  Key spec: " + key.keySpec() + ", " + key.keyUsage() + ", "
                + (key.multiRegion() ? "multi-Region" : "single-Region"));
        if (key.materialExpires()) {
            line(out, "  Key material expires: " + key.validTo().map(Instant::toString).orElse("unknown")
                    + status.daysLeft().map(d -> " (" + d + " days left)").orElse(""));
        } else if (key.expirationModel().isPresent()) {
            line(out, "  Key material expires: never");
        } else if (key.isExternal()) {
            line(out, "  Key material expires: no key material imported");
        }
        if (status.expiresSoon()) {
            line(out, "  WARNING: the key material expires in less than 30 days; then every Encrypt and Decrypt "
                    + "fails. Re-import the same key with a later expiry (kms get-parameters, customer wraps, "
                    + "kms import).");
        }
        line(out, "  Current key material: " + key.currentKeyMaterialId().orElse("none"));
        line(out, "  Key materials:" + (status.materials().isEmpty() ? " none" : ""));
        for (KeyMaterialInfo m : status.materials()) {
            StringBuilder material = new StringBuilder("    " + m.id() + "  " + m.materialState() + ", " + m.importState());
            m.validTo().ifPresent(t -> material.append(", expires ").append(t));
            if (m.expirationModel().filter("KEY_MATERIAL_DOES_NOT_EXPIRE"::equals).isPresent()) {
                material.append(", never expires");
            }
            m.rotationDate().ifPresent(t -> material.append(", rotated in ").append(t)
                    .append(m.rotationType().map(type -> " (" + type + ")").orElse("")));
            m.description().ifPresent(d -> material.append(", \"").append(d).append('"'));
            line(out, material.toString());
        }
        status.notes().forEach(note -> line(out, "  Note: " + note));
        return out.toString();
    }

    /** The round trip worked; for new material, the current one was used. */
    static String roundTripWorked(ImportKind kind) {
        return "Encrypt and Decrypt with the key work (round trip of 32 random bytes)"
                + (kind == ImportKind.NEW_KEY_MATERIAL ? ", still with the current key material; the new material "
                + "becomes current with 'kms rotate'." : ".");
    }

    static String stillShownAs(KeyInfo key, Duration waited) {
        return "KMS still shows the key as " + key.state() + " after " + Durations.describe(waited) + " (changes can "
                + "take a while to show everywhere). Check with 'kms status --key-id " + key.arn() + "' in a few minutes.";
    }

    static String secondPendingMaterial(KeyInfo key, KeyMaterialInfo pending) {
        return "Key " + key.arn() + " already has new key material " + pending.id() + " waiting for rotation "
                + "(PENDING_ROTATION), and KMS keeps only one at a time. Rotate to it first ('kms rotate --key-id "
                + key.arn() + "'), or delete it ('kms delete-material --key-id " + key.arn() + " --key-material-id "
                + pending.id() + "'). Nothing was imported.";
    }

    static String nothingToRotate(KeyInfo key) {
        return "Key " + key.arn() + " has no new key material waiting for rotation. First run 'kms get-parameters', "
                + "have the customer wrap a NEW key, and import it with 'kms import --new-material'; then run "
                + "'kms rotate' again.";
    }

    static String pendingMaterialNotImported(KeyInfo key, KeyMaterialInfo pending, boolean expired) {
        return "The new key material " + pending.id() + " of key " + key.arn() + " is PENDING_ROTATION but "
                + (expired ? "expired at " + pending.validTo().map(Instant::toString).orElse("?")
                        : "not imported (" + pending.importState() + ": deleted or expired)")
                + ", so KMS cannot rotate to it. Import the same new key again ('kms import --key-id " + key.arn()
                + " ...'; the pending material is already associated with the key), then run 'kms rotate'.";
    }

    public static String rotated(Rotation rotation) {
        StringBuilder out = new StringBuilder();
        if (rotation.previousMaterialId().map(rotation.newMaterialId()::equals).orElse(false)) {
            line(out, "Rotation of " + rotation.key().arn() + " is in progress: KMS accepted it but has not switched "
                    + "the current key material yet (rotation is asynchronous). Check with 'kms status --key-id "
                    + rotation.key().arn() + "': the new material shows as CURRENT when it is done.");
        } else {
            line(out, "Rotated " + rotation.key().arn() + ": the current key material is now " + rotation.newMaterialId()
                    + rotation.previousMaterialId().map(p -> " (was " + p + ")").orElse("") + ".");
            line(out, "Data encrypted before still decrypts with the previous material (NON_CURRENT); keep the "
                    + "customer's previous key for re-imports.");
        }
        return out.toString();
    }

    public static String aliasMoved(AliasMove move) {
        return move.changed()
                ? move.alias() + " now points to " + move.key().arn()
                        + move.previousKeyArn().map(p -> " (before: " + p + ")").orElse(" (new alias)") + ".\n"
                : move.alias() + " already points to " + move.key().arn() + "; nothing changed.\n";
    }

    public static String materialDeleted(KeyInfo after, Optional<String> materialId) {
        return "Deleted " + materialId.map(m -> "key material " + m).orElse("the current key material") + " of "
                + after.arn() + "; the key is now " + after.state() + ".\n"
                + "To restore it: 'kms get-parameters', the customer wraps the same key, then 'kms import'; a "
                + "re-import may carry any key material already associated with the key.\n";
    }

    public static String disabled(KeyInfo after) {
        return "Key " + after.arn() + " is now " + after.state() + ".\n";
    }

    public static String deletionScheduled(KeyInfo after) {
        return "Key " + after.arn() + " is " + after.state() + "; it will be deleted on "
                + after.deletionDate().map(Object::toString).orElse("the date KMS set") + ".\n"
                + "Until then 'aws kms cancel-key-deletion --key-id " + after.keyId() + "' stops it.\n";
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append('\n');
    }
}
