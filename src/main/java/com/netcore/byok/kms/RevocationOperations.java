package com.netcore.byok.kms;

import com.netcore.byok.core.ByokException;
import java.util.List;
import java.util.Optional;

/** The three ways to revoke: delete imported material, disable, schedule deletion. Each returns the key after. */
final class RevocationOperations {
    private final KmsConnection connection;
    private final KeyOperations keys;

    RevocationOperations(KmsConnection connection, KeyOperations keys) {
        this.connection = connection;
        this.keys = keys;
    }

    KeyInfo deleteMaterial(String keyRef, Optional<String> givenMaterialId) {
        Optional<String> materialId = givenMaterialId.map(RequestRules::checkKeyMaterialId);
        KeyInfo key = keys.describe(keyRef);
        if (!key.isExternal()) {
            throw new ByokException("Key " + key.arn() + " has Origin " + key.origin() + ": its key material was not "
                    + "imported and cannot be deleted. Only keys created with Origin EXTERNAL have imported material.");
        }
        Optional<KeyMaterialInfo> material = materialId.map(id -> requireMaterial(key, id));
        connection.call("DeleteImportedKeyMaterial", key.arn(), () -> connection.client()
                .deleteImportedKeyMaterial(b -> b.keyId(key.arn()).keyMaterialId(materialId.orElse(null))));
        // KMS documents: the key goes to PendingImport, unless it is pending deletion or the material was only
        // waiting for rotation. DescribeKey may show the old state for a moment: wait for the new one (bounded).
        boolean toPendingImport = !key.isPendingDeletion()
                && material.map(m -> !m.isPendingRotation()).orElse(true);
        return toPendingImport
                ? connection.propagation().until(KeyInfo::isPendingImport, () -> keys.describe(key.arn()))
                : keys.describe(key.arn());
    }

    private KeyMaterialInfo requireMaterial(KeyInfo key, String id) {
        List<KeyMaterialInfo> materials = keys.materials(key);
        return materials.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow(() -> {
            List<String> ids = materials.stream().map(KeyMaterialInfo::id).toList();
            return new ByokException("Key " + key.arn() + " has no key material " + id + "; it has "
                    + (ids.isEmpty() ? "none" : String.join(", ", ids)) + ". Copy the id from 'kms status'.");
        });
    }

    KeyInfo disable(String keyRef) {
        KeyInfo key = keys.describe(keyRef);
        connection.call("DisableKey", key.arn(), () -> connection.client().disableKey(b -> b.keyId(key.arn())));
        return keys.describe(key.arn());
    }

    KeyInfo scheduleDeletion(String keyRef, int days) {
        Revocation.requireDeletionDays(days);
        KeyInfo key = keys.describe(keyRef);
        if (key.isPendingDeletion()) {
            throw new ByokException("Key " + key.arn() + " is already scheduled for deletion on "
                    + key.deletionDate().map(Object::toString).orElse("an unknown date") + ". Nothing was changed.");
        }
        connection.call("ScheduleKeyDeletion", key.arn(), () -> connection.client()
                .scheduleKeyDeletion(b -> b.keyId(key.arn()).pendingWindowInDays(days)));
        return keys.describe(key.arn());
    }
}
