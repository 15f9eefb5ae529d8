package com.netcore.byok.kms;

import java.util.Optional;

/** What an import does to the key, and the ImportType KMS is sent for it. */
public enum ImportKind {
    /** The key has never had key material: ImportType is left out (KMS then takes NEW_KEY_MATERIAL). */
    FIRST_IMPORT(Optional.empty(), "first import"),
    /** The same bytes again, after deletion or expiry or to change the expiry. */
    EXISTING_KEY_MATERIAL(Optional.of("EXISTING_KEY_MATERIAL"), "re-import of the same key material"),
    /** Different bytes for on-demand rotation; they wait in PENDING_ROTATION until {@link Kms#rotateOnDemand}. */
    NEW_KEY_MATERIAL(Optional.of("NEW_KEY_MATERIAL"), "new key material for rotation");

    private final Optional<String> importType;
    private final String description;

    ImportKind(Optional<String> importType, String description) {
        this.importType = importType;
        this.description = description;
    }

    /** The ImportType sent to KMS; empty means none is sent. */
    public Optional<String> importType() {
        return importType;
    }

    public String describe() {
        return description;
    }
}
