package com.netcore.byok.kms;

import com.netcore.byok.core.ByokException;
import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.core.WrappingPublicKey;
import java.util.Optional;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.model.GetParametersForImportResponse;

/** Import parameters, the import itself with its checks and log line, and on-demand rotation. */
final class ImportOperations {
    private final KmsConnection connection;
    private final KeyOperations keys;
    private final MultiRegionOperations multiRegion;

    ImportOperations(KmsConnection connection, KeyOperations keys) {
        this.connection = connection;
        this.keys = keys;
        this.multiRegion = new MultiRegionOperations(connection, keys);
    }

    DownloadedParameters getParameters(String keyRef, WrappingAlgorithm algorithm, WrappingKeySpec spec) {
        SymmetricImportAlgorithms.require(algorithm);
        KeyInfo key = keys.describeNew(keyRef);
        key.requireImportable("download import parameters for it");
        GetParametersForImportResponse response = connection.propagation().retry(Propagation.NOT_FOUND_YET,
                () -> connection.call("GetParametersForImport", key.arn(), () -> connection.client()
                        .getParametersForImport(b -> b.keyId(key.arn()).wrappingAlgorithm(algorithm.name())
                                .wrappingKeySpec(spec.name()))));
        WrappingPublicKey publicKey = WrappingPublicKey.parse(response.publicKey().asByteArray(),
                "The wrapping public key KMS returned for " + key.arn());
        if (publicKey.bits() != spec.bits()) {
            throw new ByokException("KMS returned a " + publicKey.bits() + "-bit wrapping key for " + spec.name()
                    + ". Run 'kms get-parameters' again.");
        }
        return new DownloadedParameters(response.keyId(), algorithm, publicKey, response.importToken().asByteArray(),
                response.parametersValidTo());
    }

    ImportPreflight.Checked checkImport(ImportRequest request) {
        ImportPreflight.Checked checked = ImportPreflight.check(request, connection.clock());
        ImportRegionCheck.require(checked, request, connection.region());
        return checked;
    }

    ImportResult importMaterial(ImportRequest request) {
        ImportPreflight.Checked checked = checkImport(request);
        KeyInfo key = keys.describeNew(request.keyRef());
        if (!key.arn().equals(checked.keyArn())) {
            throw new ByokException(request.keyRef() + " is key " + key.arn() + ", but the parameters in "
                    + request.parametersFolder() + " belong to key " + checked.keyArn() + "; the import token works only "
                    + "for its own key. Nothing was imported.");
        }
        key.requireImportable("import key material into it");
        if (!key.acceptsImportNow()) {
            throw new ByokException("Key " + key.arn() + " is " + key.state() + "; KMS imports key material only into "
                    + "a key that is PendingImport or Enabled. " + key.stateAdvice() + " Nothing was imported.");
        }
        ImportKind kind = request.newMaterial() && multiRegion.isReplica(key) ? replicaKind(key)
                : importKind(key, request.newMaterial());
        if (kind == ImportKind.NEW_KEY_MATERIAL) {
            RotationChecks.refuseSecondPending(key, keys.materials(key));
        }
        var response = connection.call("ImportKeyMaterial", key.arn(), () -> connection.client().importKeyMaterial(b -> {
            b.keyId(key.arn()).importToken(SdkBytes.fromByteArray(checked.token()))
                    .encryptedKeyMaterial(SdkBytes.fromByteArray(checked.wrapped()))
                    .expirationModel(request.expiry().expirationModel());
            request.expiry().validTo().ifPresent(b::validTo);
            kind.importType().ifPresent(b::importType);
            request.materialDescription().ifPresent(b::keyMaterialDescription);
        }));
        String materialId = Optional.ofNullable(response.keyMaterialId()).orElse("unknown");
        ImportLog.Entry entry = new ImportLog.Entry(connection.clock().instant(), key.arn(), materialId,
                kind == ImportKind.FIRST_IMPORT ? "FIRST_IMPORT" : kind.name(), checked.receiptSha256(),
                checked.receipt().fileSha256(), checked.receipt().kcv(), request.expiry().validTo(),
                checked.receiptSigner());
        new ImportLog(request.logFile()).append(entry);

        return ImportVerification.verify(connection, keys, key, kind,
                (after, verified, verification) -> new ImportResult(after, materialId, kind, request.expiry(), verified,
                        verification, entry, request.logFile()));
    }

    /** A replica takes the primary's new material as existing material (KMS refuses new material there). */
    private static ImportKind replicaKind(KeyInfo key) {
        if (key.currentKeyMaterialId().isEmpty()) {
            throw new ByokException("Replica " + key.arn() + " has no key material yet: import the first key without "
                    + "--new-material. Nothing was imported.");
        }
        return ImportKind.EXISTING_KEY_MATERIAL;
    }

    private static ImportKind importKind(KeyInfo key, boolean newMaterial) {
        if (!newMaterial) {
            return key.currentKeyMaterialId().isPresent() ? ImportKind.EXISTING_KEY_MATERIAL : ImportKind.FIRST_IMPORT;
        }
        if (key.currentKeyMaterialId().isEmpty()) {
            throw new ByokException("Key " + key.arn() + " has no key material yet, so there is nothing to rotate: "
                    + "import the customer's key without --new-material first. Nothing was imported.");
        }
        if (!key.canRotate()) {
            throw new ByokException("Key " + key.arn() + " is " + key.state() + "; new key material for rotation "
                    + "needs an Enabled key. " + key.stateAdvice() + " Nothing was imported.");
        }
        return ImportKind.NEW_KEY_MATERIAL;
    }

    Rotation rotateOnDemand(String keyRef) {
        KeyInfo key = keys.describe(keyRef);
        if (key.multiRegion()) {
            multiRegion.requireRotatable(key, keys.materials(key));
        }
        if (key.isExternal()) {
            RotationChecks.requireReadyPending(key, keys.materials(key), connection.clock());
        }
        if (!key.canRotate()) {
            throw new ByokException("Key " + key.arn() + " is " + key.state() + "; only an Enabled key can rotate. "
                    + key.stateAdvice());
        }
        connection.call("RotateKeyOnDemand", key.arn(), () -> connection.client().rotateKeyOnDemand(b -> b.keyId(key.arn())));
        // Rotation is asynchronous: wait (bounded) for the current material to change, else report it in progress.
        Optional<String> before = key.currentKeyMaterialId();
        KeyInfo after = connection.propagation().until(k -> !k.currentKeyMaterialId().equals(before),
                () -> keys.describe(key.arn()));
        return new Rotation(after, before, after.currentKeyMaterialId().orElse("unknown"));
    }
}
