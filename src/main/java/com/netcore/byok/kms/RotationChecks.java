package com.netcore.byok.kms;

import com.netcore.byok.core.ByokException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The rotation rules KMS applies, checked before a call: one new key material at a time waits in PENDING_ROTATION,
 * and RotateKeyOnDemand needs that material imported (ImportState IMPORTED, not deleted or expired).
 */
final class RotationChecks {
    private RotationChecks() {
    }

    /** Refuses a second --new-material import while one material already waits for rotation. */
    static void refuseSecondPending(KeyInfo key, List<KeyMaterialInfo> materials) {
        pending(materials).ifPresent(pending -> {
            throw new ByokException(Reports.secondPendingMaterial(key, pending));
        });
    }

    /** Refuses a rotation without a pending material, or whose pending material was deleted or has expired. */
    static void requireReadyPending(KeyInfo key, List<KeyMaterialInfo> materials, Clock clock) {
        KeyMaterialInfo pending = pending(materials)
                .orElseThrow(() -> new ByokException(Reports.nothingToRotate(key)));
        boolean expired = pending.validTo().map(t -> !t.isAfter(clock.instant())).orElse(false);
        if (!pending.isImported() || expired) {
            throw new ByokException(Reports.pendingMaterialNotImported(key, pending, expired));
        }
    }

    private static Optional<KeyMaterialInfo> pending(List<KeyMaterialInfo> materials) {
        return materials.stream().filter(KeyMaterialInfo::isPendingRotation).findFirst();
    }
}
