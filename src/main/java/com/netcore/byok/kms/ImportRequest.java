package com.netcore.byok.kms;

import java.nio.file.Path;
import java.util.Optional;

/**
 * An import as the operator asks for it: the key, the parameters folder {@code kms get-parameters} wrote, the
 * customer's output folder (or receipt file), the expiry, whether the bytes are new material for rotation, an
 * optional key material description, the log file that records the import, and the customer's certificate
 * (optional) that must have signed the receipt.
 */
public record ImportRequest(String keyRef, Path parametersFolder, Path wrapped, Expiry expiry, boolean newMaterial,
                            Optional<String> materialDescription, Path logFile, Optional<Path> customerCertificate) {

    /** An import whose receipt signature is not checked (no customer certificate pinned). */
    public ImportRequest(String keyRef, Path parametersFolder, Path wrapped, Expiry expiry, boolean newMaterial,
                         Optional<String> materialDescription, Path logFile) {
        this(keyRef, parametersFolder, wrapped, expiry, newMaterial, materialDescription, logFile, Optional.empty());
    }

    /** The same import, with the receipt's signature checked against the customer's certificate first. */
    public ImportRequest withCustomerCertificate(Optional<Path> certificate) {
        return new ImportRequest(keyRef, parametersFolder, wrapped, expiry, newMaterial, materialDescription, logFile,
                certificate);
    }

    public ImportRequest {
        materialDescription = materialDescription.filter(d -> !d.isBlank()); // KMS refuses an empty one: not sent
    }
}
