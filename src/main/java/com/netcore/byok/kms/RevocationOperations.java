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

    KeyInfo deleteMaterial(String keyRef, Optional<String> materialId) {
        KeyInfo key = keys.describe(keyRef);
        if (!key.isExternal()) {
            throw new ByokException("Key " + key.arn() + " has Origin " + key.origin() + ": its key material was not "
                    + "imported and cannot be deleted. Only keys created with Origin EXTERNAL have imported material.");
        }
        if (materialId.isPresent()) {
            requireMaterial(key, materialId.get());
        }
        connection.call("DeleteImportedKeyMaterial", key.arn(), () -> connection.client()
                .deleteImportedKeyMaterial(b -> b.keyId(key.arn()).keyMaterialId(materialId.orElse(null))));
        return keys.describe(key.arn());
    }

    private void requireMaterial(KeyInfo key, String id) {
        if (!id.matches("[0-9a-f]{64}")) {
            throw new ByokException("Key material id '" + id + "' is not 64 lower-case hex digits. Copy it from "
                    + "'kms status'.");
        }
        List<String> ids = keys.materials(key).stream().map(KeyMaterialInfo::id).toList();
        if (!ids.contains(id)) {
            throw new ByokException("Key " + key.arn() + " has no key material " + id + "; it has "
                    + (ids.isEmpty() ? "none" : String.join(", ", ids)) + ". Copy the id from 'kms status'.");
        }
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
