package com.netcore.byok.kms;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * What stops working after each {@link Revocation}, in the words both the command line and the operator tab
 * show before asking for confirmation.
 */
public final class Consequences {
    private Consequences() {
    }

    public static String deleteMaterial(KeyInfo key, Optional<String> materialId) {
        boolean current = materialId.isEmpty() || materialId.equals(key.currentKeyMaterialId());
        String which = materialId.map(id -> "key material " + id).orElse("the current key material");
        if (!current) {
            return "Deleting " + which + " of key " + key.arn() + " stops KMS from decrypting anything encrypted "
                    + "under that material until the same material is imported again (the customer's key, wrapped "
                    + "anew). If it is new material waiting for rotation (PENDING_ROTATION), the key stays as it is "
                    + "and only that rotation is undone; otherwise the key goes to PendingImport meanwhile."
                    + (key.multiRegion() ? MultiRegionReports.deleteMaterial() : "");
        }
        return "Deleting " + which + " of key " + key.arn() + " makes the key unusable at once: every Encrypt and "
                + "Decrypt with it fails (state PendingImport) until the same key material is imported again, which "
                + "needs the customer's original key, wrapped anew. Data encrypted under it is not lost, but nobody "
                + "can decrypt it meanwhile."
                + (key.multiRegion() ? MultiRegionReports.deleteMaterial() : "");
    }

    public static String disable(KeyInfo key) {
        return "Disabling key " + key.arn() + " stops every Encrypt and Decrypt with it at once, for every "
                + "application that uses it, until it is enabled again (aws kms enable-key). The key material stays.";
    }

    public static String scheduleDeletion(KeyInfo key, int days, Clock clock) {
        return "Scheduling deletion of key " + key.arn() + " disables it now and deletes it for good after " + days
                + " days (" + LocalDate.ofInstant(clock.instant().plus(Duration.ofDays(days)), ZoneOffset.UTC)
                + "): after that, everything encrypted under it can never be decrypted "
                + "again, not even with the customer's key. Until then 'aws kms cancel-key-deletion' stops it."
                + (key.multiRegion() ? MultiRegionReports.scheduleDeletion() : "");
    }
}
