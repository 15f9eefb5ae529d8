package com.netcore.byok.kms.testserver;

import com.netcore.byok.kms.testserver.FakeKey.Material;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** GetParametersForImport, ImportKeyMaterial and DeleteImportedKeyMaterial of the test server's KMS. */
final class FakeImport {
    private final FakeKms kms;
    private final Map<String, Token> tokens = new HashMap<>();

    record Token(String keyId, PrivateKey privateKey, int modulusBytes, String algorithm, Instant validTo) {
    }

    FakeImport(FakeKms kms) {
        this.kms = kms;
    }


    Map<String, Object> getParametersForImport(Json.Request r) {
        FakeKey key = kms.resolve(r.required("KeyId"), false);
        String algorithm = r.required("WrappingAlgorithm");
        String spec = r.required("WrappingKeySpec");
        kms.requireExternal(key);
        if (key.state.equals("PendingDeletion")) {
            throw KmsError.invalidState(key.arn + " is pending deletion.");
        }
        if (!List.of("RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256", "RSA_AES_KEY_WRAP_SHA_1", "RSA_AES_KEY_WRAP_SHA_256")
                .contains(algorithm)) {
            throw KmsError.validation("WrappingAlgorithm " + algorithm + " is not supported.");
        }
        int bits = switch (spec) {
            case "RSA_2048" -> 2048;
            case "RSA_3072" -> 3072;
            case "RSA_4096" -> 4096;
            default -> throw KmsError.validation("WrappingKeySpec " + spec + " is not supported.");
        };
        KeyPair pair = KmsCrypto.rsa(bits);
        byte[] token = kms.randomBytes(64);
        Instant validTo = kms.clock.instant().plus(FakeKms.TOKEN_VALIDITY);
        tokens.put(Base64.getEncoder().encodeToString(token), new Token(key.id, pair.getPrivate(),
                ((RSAPublicKey) pair.getPublic()).getModulus().bitLength() / 8, algorithm, validTo));
        Map<String, Object> out = Json.object();
        out.put("KeyId", key.arn);
        out.put("ImportToken", token);
        out.put("PublicKey", pair.getPublic().getEncoded());
        out.put("ParametersValidTo", validTo);
        return out;
    }

    Map<String, Object> importKeyMaterial(Json.Request r) {
        FakeKey key = kms.resolve(r.required("KeyId"), false);
        byte[] tokenBytes = r.requiredBlob("ImportToken");
        byte[] wrapped = r.requiredBlob("EncryptedKeyMaterial");
        kms.requireExternal(key);
        if (!key.state.equals("PendingImport") && !key.state.equals("Enabled")) {
            throw KmsError.invalidState(key.arn + " is " + kms.stateWords(key) + ".");
        }
        Token token = tokens.get(Base64.getEncoder().encodeToString(tokenBytes));
        if (token == null || !token.keyId().equals(key.id)) {
            throw KmsError.of("InvalidImportTokenException", "Import token is invalid or was issued for a different "
                    + "KMS key.");
        }
        if (!kms.clock.instant().isBefore(token.validTo())) {
            throw KmsError.of("ExpiredImportTokenException", "Import token is expired. Use GetParametersForImport to "
                    + "get a new import token and public key, use the new public key to encrypt the key material, and "
                    + "then try the request again.");
        }
        String model = r.string("ExpirationModel").orElse("KEY_MATERIAL_EXPIRES");
        Optional<Instant> validTo = r.time("ValidTo");
        if (model.equals("KEY_MATERIAL_EXPIRES")) {
            Instant now = kms.clock.instant();
            if (validTo.isEmpty() || !validTo.get().isAfter(now) || validTo.get().isAfter(now.plus(FakeKms.MAX_VALID_TO))) {
                throw KmsError.validation("ValidTo must be in the future and at most 365 days from now when "
                        + "ExpirationModel is KEY_MATERIAL_EXPIRES.");
            }
        } else if (model.equals("KEY_MATERIAL_DOES_NOT_EXPIRE")) {
            if (validTo.isPresent()) {
                throw KmsError.validation("ValidTo is not allowed when ExpirationModel is KEY_MATERIAL_DOES_NOT_EXPIRE.");
            }
        } else {
            throw KmsError.validation("ExpirationModel " + model + " is not valid.");
        }
        byte[] material = KmsCrypto.unwrap(token, wrapped);
        if (material.length != 32) {
            throw KmsError.of("IncorrectKeyMaterialException", "The key material is " + material.length
                    + " bytes; a SYMMETRIC_DEFAULT key takes 32.");
        }
        String id = kms.materialId(key, material);
        Optional<String> givenId = r.string("KeyMaterialId");
        String importType = kms.multiRegion.checkImport(key, id, r.string("ImportType"));
        if (givenId.isPresent() && importType.equals("NEW_KEY_MATERIAL")) {
            throw KmsError.validation("KeyMaterialId cannot be used with NEW_KEY_MATERIAL.");
        }
        if (givenId.isPresent() && !givenId.get().equals(id)) {
            throw KmsError.of("IncorrectKeyMaterialException", "The key material does not match KeyMaterialId.");
        }
        Material target;
        if (importType.equals("EXISTING_KEY_MATERIAL")) {
            target = key.materials.get(id);
            if (target == null) {
                throw KmsError.of("IncorrectKeyMaterialException", "The key material doesn't match the key material "
                        + "that was previously imported into this KMS key.");
            }
        } else if (importType.equals("NEW_KEY_MATERIAL")) {
            if (key.materials.containsKey(id)) {
                throw KmsError.of("IncorrectKeyMaterialException", "This key material is already associated with the "
                        + "KMS key; import it with ImportType EXISTING_KEY_MATERIAL.");
            }
            if (key.currentId == null) {
                target = new Material(id, "CURRENT");
                key.currentId = id;
            } else {
                if (!key.state.equals("Enabled")) {
                    throw KmsError.invalidState(key.arn + " is " + kms.stateWords(key) + ".");
                }
                key.materials.values().removeIf(m -> m.state.equals("PENDING_ROTATION"));
                target = new Material(id, "PENDING_ROTATION");
            }
            key.materials.put(id, target);
            kms.multiRegion.importedIntoPrimary(key, target);
        } else {
            throw KmsError.validation("ImportType " + importType + " is not valid.");
        }
        target.bytes = material;
        target.expirationModel = model;
        target.validTo = validTo.orElse(null);
        r.string("KeyMaterialDescription").ifPresent(d -> target.description = d);
        if (key.state.equals("PendingImport") && key.materials.values().stream().filter(Material::permanent)
                .allMatch(m -> m.bytes != null)) {
            key.state = "Enabled";
            key.showPreviousState("PendingImport", kms.wallClock(), kms.lag);
        }
        Map<String, Object> out = Json.object();
        out.put("KeyId", key.arn);
        out.put("KeyMaterialId", id);
        return out;
    }

    Map<String, Object> deleteImportedKeyMaterial(Json.Request r) {
        FakeKey key = kms.resolve(r.required("KeyId"), false);
        kms.requireExternal(key);
        Optional<String> given = r.string("KeyMaterialId");
        String id = given.orElse(key.currentId);
        Material material = id == null ? null : key.materials.get(id);
        if (material == null) {
            throw KmsError.notFound("Key material " + given.orElse("(current)") + " is not associated with " + key.arn
                    + ".");
        }
        if (material.state.equals("PENDING_ROTATION")) {
            key.materials.remove(id);
            if (id.equals(key.rotatingTo)) {
                key.rotatingTo = null;
            }
        } else {
            material.bytes = null;
            if (!key.state.equals("PendingDeletion") && !key.state.equals("PendingImport")) {
                key.showPreviousState(key.state, kms.wallClock(), kms.lag);
                key.state = "PendingImport";
            }
        }
        Map<String, Object> out = Json.object();
        out.put("KeyId", key.arn);
        out.put("KeyMaterialId", id);
        return out;
    }
}
