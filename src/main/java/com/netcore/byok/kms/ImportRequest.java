package com.netcore.byok.kms;

import java.nio.file.Path;
import java.util.Optional;

/**
 * An import as the operator asks for it: the key, the parameters folder {@code kms get-parameters} wrote, the
 * customer's output folder (or receipt file), the expiry, whether the bytes are new material for rotation, an
 * optional key material description, and the log file that records the import.
 */
public record ImportRequest(String keyRef, Path parametersFolder, Path wrapped, Expiry expiry, boolean newMaterial,
                            Optional<String> materialDescription, Path logFile) {

    public ImportRequest {
        materialDescription = materialDescription.filter(d -> !d.isBlank()); // KMS refuses an empty one: not sent
    }
}
