package com.netcore.byok.kms;

import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.services.kms.model.RotationsListEntry;

/**
 * AWS's metadata about one key material of a key (never the material itself), as ListKeyRotations reports it:
 * {@code materialState} is CURRENT, NON_CURRENT or PENDING_ROTATION; {@code importState} IMPORTED or
 * PENDING_IMPORT (deleted or expired, can be imported again).
 */
public record KeyMaterialInfo(
        String id,
        Optional<String> description,
        String importState,
        String materialState,
        Optional<String> expirationModel,
        Optional<Instant> validTo,
        Optional<Instant> rotationDate,
        Optional<String> rotationType) {

    public static final String CURRENT = "CURRENT";
    public static final String NON_CURRENT = "NON_CURRENT";
    public static final String PENDING_ROTATION = "PENDING_ROTATION";
    public static final String IMPORTED = "IMPORTED";
    /** New material in a multi-Region primary that a replica still lacks; rotation waits for it. */
    public static final String PENDING_MULTI_REGION = "PENDING_MULTI_REGION_IMPORT_AND_ROTATION";

    static KeyMaterialInfo of(RotationsListEntry e) {
        return new KeyMaterialInfo(e.keyMaterialId(),
                Optional.ofNullable(e.keyMaterialDescription()).filter(d -> !d.isEmpty()),
                String.valueOf(e.importStateAsString()), String.valueOf(e.keyMaterialStateAsString()),
                Optional.ofNullable(e.expirationModelAsString()), Optional.ofNullable(e.validTo()),
                Optional.ofNullable(e.rotationDate()), Optional.ofNullable(e.rotationTypeAsString()));
    }

    public boolean isImported() {
        return IMPORTED.equals(importState);
    }

    /** Imported with {@code --new-material} and waiting for {@code kms rotate} to become current. */
    public boolean isPendingRotation() {
        return PENDING_ROTATION.equals(materialState) || PENDING_MULTI_REGION.equals(materialState);
    }
}
