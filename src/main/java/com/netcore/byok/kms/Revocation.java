package com.netcore.byok.kms;

import com.netcore.byok.core.ByokException;
import java.time.Clock;
import java.util.Optional;

/**
 * One way to revoke the customer's key, with what it needs: delete imported key material (the current one
 * or a given id), disable the key, or schedule its deletion after 7 to 30 days. It says what stops working
 * (to confirm first), does it, and reports the key afterwards; the command line and the operator tab use it.
 */
public record Revocation(Kind kind, Optional<String> materialId, int days) {
    public static final int MIN_DELETION_DAYS = RequestRules.PENDING_WINDOW_MIN_DAYS;
    public static final int MAX_DELETION_DAYS = RequestRules.PENDING_WINDOW_MAX_DAYS;

    public enum Kind {
        DELETE_MATERIAL, DISABLE, SCHEDULE_DELETION
    }

    /** Refuses a key material id that is not one at once, before anything is sent. */
    public static Revocation deleteMaterial(Optional<String> materialId) {
        return new Revocation(Kind.DELETE_MATERIAL, materialId.map(RequestRules::checkKeyMaterialId), 0);
    }

    public static Revocation disable() {
        return new Revocation(Kind.DISABLE, Optional.empty(), 0);
    }

    /** Refuses a waiting period outside 7 to 30 days at once, before anything is sent. */
    public static Revocation scheduleDeletion(int days) {
        requireDeletionDays(days);
        return new Revocation(Kind.SCHEDULE_DELETION, Optional.empty(), days);
    }

    /** KMS waits 7 to 30 days before it deletes a key. */
    public static void requireDeletionDays(int days) {
        if (days < RequestRules.PENDING_WINDOW_MIN_DAYS || days > RequestRules.PENDING_WINDOW_MAX_DAYS) {
            throw new ByokException("The waiting period before deletion must be 7 to 30 days, not " + days + ".");
        }
    }

    /** The words after "Type yes to ", e.g. "disable the key". */
    public String confirmAction() {
        return switch (kind) {
            case DELETE_MATERIAL -> "delete the key material";
            case DISABLE -> "disable the key";
            case SCHEDULE_DELETION -> "schedule the deletion";
        };
    }

    /** What stops working, shown before asking for confirmation. */
    public String consequences(KeyInfo key, Clock clock) {
        return switch (kind) {
            case DELETE_MATERIAL -> Consequences.deleteMaterial(key, materialId);
            case DISABLE -> Consequences.disable(key);
            case SCHEDULE_DELETION -> Consequences.scheduleDeletion(key, days, clock);
        };
    }

    /** Does it; returns the key afterwards. */
    public KeyInfo apply(Kms kms, String keyRef) {
        return switch (kind) {
            case DELETE_MATERIAL -> kms.deleteMaterial(keyRef, materialId);
            case DISABLE -> kms.disable(keyRef);
            case SCHEDULE_DELETION -> kms.scheduleDeletion(keyRef, days);
        };
    }

    /** The report on the key afterwards, as the command line prints it. */
    public String report(KeyInfo after) {
        return switch (kind) {
            case DELETE_MATERIAL -> Reports.materialDeleted(after, materialId);
            case DISABLE -> Reports.disabled(after);
            case SCHEDULE_DELETION -> Reports.deletionScheduled(after);
        };
    }
}
