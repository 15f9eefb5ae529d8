package com.netcore.byok.kms.testserver;

import com.netcore.byok.kms.testserver.FakeKey.Material;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * RotateKeyOnDemand, GetKeyRotationStatus and ListKeyRotations of the test server's KMS. A rotation runs in the
 * background: the pending material becomes current once the server's lag has passed.
 */
final class FakeRotation {
    static final int MAX_ON_DEMAND_ROTATIONS = 25;
    private final FakeKms kms;

    FakeRotation(FakeKms kms) {
        this.kms = kms;
    }


    Map<String, Object> rotateKeyOnDemand(Json.Request r) {
        FakeKey key = kms.resolve(r.required("KeyId"), false);
        if (key.state.equals("Disabled")) {
            throw KmsError.of("DisabledException", key.arn + " is disabled.");
        }
        if (!key.state.equals("Enabled")) {
            throw KmsError.invalidState(key.arn + " is " + kms.stateWords(key) + ".");
        }
        if (key.rotatingTo != null) {
            throw KmsError.of("ConflictException", "An on-demand rotation of " + key.arn + " is already in progress.");
        }
        if (key.onDemandRotations >= MAX_ON_DEMAND_ROTATIONS) {
            throw KmsError.of("LimitExceededException", "The on-demand rotation limit (" + MAX_ON_DEMAND_ROTATIONS
                    + ") of " + key.arn + " has been reached.");
        }
        kms.multiRegion.checkRotation(key, Optional.empty());
        Material next;
        if (key.external()) {
            next = key.materials.values().stream().filter(m -> m.state.equals("PENDING_ROTATION") && m.bytes != null)
                    .findFirst().orElseThrow(() -> KmsError.invalidState(key.arn + " has no imported key material in "
                            + "PENDING_ROTATION state."));
            kms.multiRegion.checkRotation(key, Optional.of(next));
        } else {
            next = kms.newMaterial(key, kms.randomBytes(32), "PENDING_ROTATION");
        }
        key.onDemandRotations++;
        key.rotatingTo = next.id;
        key.rotationStarted = kms.clock.instant();
        key.rotationDoneAt = FakeKms.wallClock().plus(kms.lag);
        complete(List.of(key));
        return Map.of("KeyId", key.arn);
    }

    /** KMS rotates in the background: the pending material becomes current once the lag has passed. */
    void complete(Collection<FakeKey> keys) {
        Instant now = FakeKms.wallClock();
        for (FakeKey key : keys) {
            if (key.rotatingTo == null || now.isBefore(key.rotationDoneAt)) {
                continue;
            }
            Material next = key.materials.get(key.rotatingTo);
            key.rotatingTo = null;
            if (next == null || !next.state.equals("PENDING_ROTATION")) {
                continue;
            }
            key.materials.get(key.currentId).state = "NON_CURRENT";
            next.state = "CURRENT";
            next.rotationDate = key.rotationStarted;
            next.rotationType = "ON_DEMAND";
            key.currentId = next.id;
            kms.multiRegion.rotated(key, next);
        }
    }

    Map<String, Object> getKeyRotationStatus(Json.Request r) {
        FakeKey key = kms.resolve(r.required("KeyId"), true);
        Map<String, Object> out = Json.object();
        out.put("KeyId", key.arn);
        out.put("KeyRotationEnabled", false);
        out.put("OnDemandRotationStartDate", key.rotatingTo != null ? key.rotationStarted : null);
        return out;
    }

    Map<String, Object> listKeyRotations(Json.Request r) {
        FakeKey key = kms.resolve(r.required("KeyId"), false);
        boolean all = r.string("IncludeKeyMaterial").orElse("ROTATIONS_ONLY").equals("ALL_KEY_MATERIAL");
        List<Material> listed = key.materials.values().stream().filter(m -> all || m.rotationDate != null).toList();
        int limit = r.integer("Limit").orElse(100);
        int start;
        try {
            start = r.string("Marker").map(Integer::parseInt).orElse(0);
        } catch (NumberFormatException e) {
            throw KmsError.of("InvalidMarkerException", "Marker is invalid.");
        }
        List<Object> entries = new ArrayList<>();
        for (Material m : listed.subList(Math.min(start, listed.size()), Math.min(start + limit, listed.size()))) {
            Map<String, Object> entry = Json.object();
            entry.put("KeyId", key.arn);
            entry.put("KeyMaterialId", m.id);
            entry.put("KeyMaterialDescription", m.description);
            if (key.external()) {
                entry.put("ImportState", m.bytes != null ? "IMPORTED" : "PENDING_IMPORT");
                entry.put("ExpirationModel", m.expirationModel);
                entry.put("ValidTo", m.validTo);
            }
            entry.put("KeyMaterialState", kms.multiRegion.shownState(key, m));
            entry.put("RotationDate", m.rotationDate);
            entry.put("RotationType", m.rotationType);
            entries.add(entry);
        }
        Map<String, Object> out = Json.object();
        out.put("Rotations", entries);
        boolean truncated = start + limit < listed.size();
        out.put("Truncated", truncated);
        out.put("NextMarker", truncated ? String.valueOf(start + limit) : null);
        return out;
    }
}
