package com.netcore.byok.kms.testserver;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * The KMS behaviour behind the test server, with real cryptography: wrapping key pairs made per
 * GetParametersForImport, tokens bound to key, wrapping key and algorithm and expiring after 24 hours,
 * unwrapping with the exact OAEP parameters, key material ids, rotation states, and AES-GCM with the imported
 * bytes. Plaintext key material exists here, in test code only. Not thread-safe: the server serialises calls.
 */
final class FakeKms {
    static final Duration TOKEN_VALIDITY = Duration.ofHours(24);
    static final Duration MAX_VALID_TO = Duration.ofDays(365);
    static final int MAX_ON_DEMAND_ROTATIONS = 25;
    private static final byte[] BLOB_MAGIC = "BKT1".getBytes(StandardCharsets.US_ASCII);

    private final Clock clock;
    private final String region;
    private final String account;
    private final SecureRandom random = new SecureRandom();
    private final byte[] idSecret = new byte[32];
    private final Map<String, Key> keys = new LinkedHashMap<>();
    private final Map<String, String> aliases = new TreeMap<>();
    private final Map<String, Token> tokens = new HashMap<>();
    private final Map<String, Function<Json.Request, Map<String, Object>>> operations = new HashMap<>();

    static final class Key {
        final String id;
        final String arn;
        final String origin;
        final boolean multiRegion;
        final Instant created;
        final String description;
        final String policy;
        final Map<String, String> tags;
        String state;
        Instant deletionDate;
        Integer pendingWindow;
        int onDemandRotations;
        String currentId;
        final Map<String, Material> materials = new LinkedHashMap<>();

        Key(String id, String arn, String origin, boolean multiRegion, Instant created, String description,
            String policy, Map<String, String> tags) {
            this.id = id;
            this.arn = arn;
            this.origin = origin;
            this.multiRegion = multiRegion;
            this.created = created;
            this.description = description;
            this.policy = policy;
            this.tags = tags;
        }

        boolean external() {
            return "EXTERNAL".equals(origin);
        }
    }

    static final class Material {
        final String id;
        byte[] bytes; // null: not imported (deleted or expired); test code only
        String state;
        String expirationModel;
        Instant validTo;
        String description;
        Instant rotationDate;
        String rotationType;

        Material(String id, String state) {
            this.id = id;
            this.state = state;
        }

        boolean permanent() {
            return "CURRENT".equals(state) || "NON_CURRENT".equals(state);
        }
    }

    record Token(String keyId, PrivateKey privateKey, int modulusBytes, String algorithm, Instant validTo) {
    }

    FakeKms(Clock clock, String region, String account) {
        this.clock = clock;
        this.region = region;
        this.account = account;
        random.nextBytes(idSecret);
        operations.put("CreateKey", this::createKey);
        operations.put("DescribeKey", this::describeKey);
        operations.put("CreateAlias", this::createAlias);
        operations.put("UpdateAlias", this::updateAlias);
        operations.put("ListAliases", this::listAliases);
        operations.put("GetParametersForImport", this::getParametersForImport);
        operations.put("ImportKeyMaterial", this::importKeyMaterial);
        operations.put("DeleteImportedKeyMaterial", this::deleteImportedKeyMaterial);
        operations.put("RotateKeyOnDemand", this::rotateKeyOnDemand);
        operations.put("ListKeyRotations", this::listKeyRotations);
        operations.put("Encrypt", this::encrypt);
        operations.put("Decrypt", this::decrypt);
        operations.put("DisableKey", this::disableKey);
        operations.put("EnableKey", this::enableKey);
        operations.put("ScheduleKeyDeletion", this::scheduleKeyDeletion);
        operations.put("CancelKeyDeletion", this::cancelKeyDeletion);
    }

    Map<String, Object> handle(Json.Request request) {
        Function<Json.Request, Map<String, Object>> operation = operations.get(request.operation());
        if (operation == null) {
            throw new KmsError(400, "UnknownOperationException", "The test server does not implement "
                    + request.operation());
        }
        expireMaterials();
        return operation.apply(request);
    }

    // ---- test inspection

    Optional<Key> key(String keyRef) {
        try {
            return Optional.of(resolve(keyRef, true));
        } catch (KmsError e) {
            return Optional.empty();
        }
    }

    // ---- keys

    private Map<String, Object> createKey(Json.Request r) {
        String origin = r.string("Origin").orElse("AWS_KMS");
        if (!List.of("AWS_KMS", "EXTERNAL").contains(origin)) {
            throw KmsError.of("UnsupportedOperationException", "Origin " + origin + " is not supported by the test server.");
        }
        String spec = r.string("KeySpec").orElse("SYMMETRIC_DEFAULT");
        String usage = r.string("KeyUsage").orElse("ENCRYPT_DECRYPT");
        if (!spec.equals("SYMMETRIC_DEFAULT") || !usage.equals("ENCRYPT_DECRYPT")) {
            throw KmsError.of("UnsupportedOperationException", "The test server makes SYMMETRIC_DEFAULT "
                    + "ENCRYPT_DECRYPT keys only.");
        }
        String policy = r.string("Policy").orElse(null);
        if (policy != null) {
            try {
                JsonNode parsed = JsonNode.parser().parse(policy);
                if (!parsed.isObject() || parsed.field("Statement").isEmpty()) {
                    throw new IllegalArgumentException("no Statement");
                }
            } catch (RuntimeException e) {
                throw KmsError.of("MalformedPolicyDocumentException", "The new key policy will not allow you to update "
                        + "the key policy in the future.");
            }
        }
        Map<String, String> tags = new LinkedHashMap<>();
        for (JsonNode tag : r.list("Tags")) {
            String key = tag.field("TagKey").map(JsonNode::asString).orElse("");
            if (key.startsWith("aws:")) {
                throw KmsError.of("TagException", "Tag keys beginning with aws: are reserved.");
            }
            tags.put(key, tag.field("TagValue").map(JsonNode::asString).orElse(""));
        }
        boolean multiRegion = r.bool("MultiRegion");
        String id = multiRegion ? "mrk-" + HexFormat.of().formatHex(randomBytes(16)) : UUID.randomUUID().toString();
        Key key = new Key(id, arn("key/" + id), origin, multiRegion, clock.instant(),
                r.string("Description").orElse(""), policy, tags);
        if (key.external()) {
            key.state = "PendingImport";
        } else {
            key.state = "Enabled";
            Material material = newMaterial(key, randomBytes(32), "CURRENT");
            key.currentId = material.id;
        }
        keys.put(id, key);
        return Map.of("KeyMetadata", metadata(key));
    }

    private Map<String, Object> describeKey(Json.Request r) {
        return Map.of("KeyMetadata", metadata(resolve(r.required("KeyId"), true)));
    }

    private Map<String, Object> disableKey(Json.Request r) {
        Key key = resolve(r.required("KeyId"), false);
        if (!key.state.equals("Enabled") && !key.state.equals("Disabled")) {
            throw KmsError.invalidState(key.arn + " is " + stateWords(key) + ".");
        }
        key.state = "Disabled";
        return Map.of();
    }

    private Map<String, Object> enableKey(Json.Request r) {
        Key key = resolve(r.required("KeyId"), false);
        if (!key.state.equals("Enabled") && !key.state.equals("Disabled")) {
            throw KmsError.invalidState(key.arn + " is " + stateWords(key) + ".");
        }
        key.state = "Enabled";
        return Map.of();
    }

    private Map<String, Object> scheduleKeyDeletion(Json.Request r) {
        Key key = resolve(r.required("KeyId"), false);
        int days = r.integer("PendingWindowInDays").orElse(30);
        if (days < 7 || days > 30) {
            throw KmsError.validation("PendingWindowInDays must be between 7 and 30 days.");
        }
        if (key.state.equals("PendingDeletion")) {
            throw KmsError.invalidState(key.arn + " is pending deletion.");
        }
        key.state = "PendingDeletion";
        key.pendingWindow = days;
        key.deletionDate = clock.instant().plus(Duration.ofDays(days));
        Map<String, Object> out = Json.object();
        out.put("KeyId", key.arn);
        out.put("DeletionDate", key.deletionDate);
        out.put("KeyState", key.state);
        out.put("PendingWindowInDays", days);
        return out;
    }

    private Map<String, Object> cancelKeyDeletion(Json.Request r) {
        Key key = resolve(r.required("KeyId"), false);
        if (!key.state.equals("PendingDeletion")) {
            throw KmsError.invalidState(key.arn + " is not pending deletion.");
        }
        key.state = "Disabled";
        key.deletionDate = null;
        key.pendingWindow = null;
        return Map.of("KeyId", key.arn);
    }

    // ---- aliases

    private Map<String, Object> createAlias(Json.Request r) {
        String name = r.required("AliasName");
        checkAliasName(name);
        if (aliases.containsKey(name)) {
            throw KmsError.of("AlreadyExistsException", "An alias with the name " + arn(name) + " already exists");
        }
        Key target = resolve(r.required("TargetKeyId"), false);
        if (target.state.equals("PendingDeletion")) {
            throw KmsError.invalidState(target.arn + " is pending deletion.");
        }
        aliases.put(name, target.id);
        return Map.of();
    }

    private Map<String, Object> updateAlias(Json.Request r) {
        String name = r.required("AliasName");
        if (!aliases.containsKey(name)) {
            throw KmsError.notFound("Alias " + arn(name) + " is not found.");
        }
        Key target = resolve(r.required("TargetKeyId"), false);
        aliases.put(name, target.id);
        return Map.of();
    }

    private Map<String, Object> listAliases(Json.Request r) {
        Optional<Key> filter = r.string("KeyId").map(ref -> resolve(ref, false));
        List<Object> entries = new ArrayList<>();
        aliases.forEach((name, keyId) -> {
            if (filter.isEmpty() || filter.get().id.equals(keyId)) {
                Map<String, Object> entry = Json.object();
                entry.put("AliasName", name);
                entry.put("AliasArn", arn(name));
                entry.put("TargetKeyId", keyId);
                entries.add(entry);
            }
        });
        Map<String, Object> out = Json.object();
        out.put("Aliases", entries);
        out.put("Truncated", false);
        return out;
    }

    private static void checkAliasName(String name) {
        if (!name.startsWith("alias/") || name.length() <= 6 || !name.substring(6).matches("[a-zA-Z0-9/_-]+")) {
            throw KmsError.of("InvalidAliasNameException", "Alias must start with the prefix \"alias/\" and contain "
                    + "only alphanumeric characters, forward slashes, underscores and dashes.");
        }
        if (name.startsWith("alias/aws/")) {
            throw KmsError.of("InvalidAliasNameException", "Alias names starting with alias/aws/ are reserved.");
        }
    }

    // ---- import

    private Map<String, Object> getParametersForImport(Json.Request r) {
        Key key = resolve(r.required("KeyId"), false);
        String algorithm = r.required("WrappingAlgorithm");
        String spec = r.required("WrappingKeySpec");
        requireExternal(key);
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
        KeyPair pair = rsa(bits);
        byte[] token = randomBytes(64);
        Instant validTo = clock.instant().plus(TOKEN_VALIDITY);
        tokens.put(Base64.getEncoder().encodeToString(token), new Token(key.id, pair.getPrivate(),
                ((RSAPublicKey) pair.getPublic()).getModulus().bitLength() / 8, algorithm, validTo));
        Map<String, Object> out = Json.object();
        out.put("KeyId", key.arn);
        out.put("ImportToken", token);
        out.put("PublicKey", pair.getPublic().getEncoded());
        out.put("ParametersValidTo", validTo);
        return out;
    }

    private Map<String, Object> importKeyMaterial(Json.Request r) {
        Key key = resolve(r.required("KeyId"), false);
        byte[] tokenBytes = r.requiredBlob("ImportToken");
        byte[] wrapped = r.requiredBlob("EncryptedKeyMaterial");
        requireExternal(key);
        if (!key.state.equals("PendingImport") && !key.state.equals("Enabled")) {
            throw KmsError.invalidState(key.arn + " is " + stateWords(key) + ".");
        }
        Token token = tokens.get(Base64.getEncoder().encodeToString(tokenBytes));
        if (token == null || !token.keyId().equals(key.id)) {
            throw KmsError.of("InvalidImportTokenException", "Import token is invalid or was issued for a different "
                    + "KMS key.");
        }
        if (!clock.instant().isBefore(token.validTo())) {
            throw KmsError.of("ExpiredImportTokenException", "Import token is expired. Use GetParametersForImport to "
                    + "get a new import token and public key, use the new public key to encrypt the key material, and "
                    + "then try the request again.");
        }
        String model = r.string("ExpirationModel").orElse("KEY_MATERIAL_EXPIRES");
        Optional<Instant> validTo = r.time("ValidTo");
        if (model.equals("KEY_MATERIAL_EXPIRES")) {
            Instant now = clock.instant();
            if (validTo.isEmpty() || !validTo.get().isAfter(now) || validTo.get().isAfter(now.plus(MAX_VALID_TO))) {
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
        byte[] material = unwrap(token, wrapped);
        if (material.length != 32) {
            throw KmsError.of("IncorrectKeyMaterialException", "The key material is " + material.length
                    + " bytes; a SYMMETRIC_DEFAULT key takes 32.");
        }
        String id = materialId(key, material);
        Optional<String> givenId = r.string("KeyMaterialId");
        String importType = r.string("ImportType").orElse(key.currentId == null ? "NEW_KEY_MATERIAL"
                : "EXISTING_KEY_MATERIAL");
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
                    throw KmsError.invalidState(key.arn + " is " + stateWords(key) + ".");
                }
                key.materials.values().removeIf(m -> m.state.equals("PENDING_ROTATION"));
                target = new Material(id, "PENDING_ROTATION");
            }
            key.materials.put(id, target);
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
        }
        Map<String, Object> out = Json.object();
        out.put("KeyId", key.arn);
        out.put("KeyMaterialId", id);
        return out;
    }

    private byte[] unwrap(Token token, byte[] wrapped) {
        String algorithm = token.algorithm();
        boolean sha256 = algorithm.endsWith("SHA_256");
        OAEPParameterSpec oaep = new OAEPParameterSpec(sha256 ? "SHA-256" : "SHA-1", "MGF1",
                sha256 ? MGF1ParameterSpec.SHA256 : MGF1ParameterSpec.SHA1, PSource.PSpecified.DEFAULT);
        try {
            Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
            rsa.init(Cipher.DECRYPT_MODE, token.privateKey(), oaep);
            if (!algorithm.startsWith("RSA_AES_KEY_WRAP")) {
                if (wrapped.length != token.modulusBytes()) {
                    throw new GeneralSecurityException("length");
                }
                return rsa.doFinal(wrapped);
            }
            if (wrapped.length <= token.modulusBytes()) {
                throw new GeneralSecurityException("too short");
            }
            byte[] aesKey = rsa.doFinal(wrapped, 0, token.modulusBytes());
            if (aesKey.length != 32) {
                throw new GeneralSecurityException("AES key length");
            }
            Cipher kwp = Cipher.getInstance("AES/KWP/NoPadding");
            kwp.init(Cipher.DECRYPT_MODE, new SecretKeySpec(aesKey, "AES"));
            return kwp.doFinal(wrapped, token.modulusBytes(), wrapped.length - token.modulusBytes());
        } catch (GeneralSecurityException e) {
            throw KmsError.of("InvalidCiphertextException", null);
        }
    }

    private Map<String, Object> deleteImportedKeyMaterial(Json.Request r) {
        Key key = resolve(r.required("KeyId"), false);
        requireExternal(key);
        Optional<String> given = r.string("KeyMaterialId");
        String id = given.orElse(key.currentId);
        Material material = id == null ? null : key.materials.get(id);
        if (material == null) {
            throw KmsError.notFound("Key material " + given.orElse("(current)") + " is not associated with " + key.arn
                    + ".");
        }
        if (material.state.equals("PENDING_ROTATION")) {
            key.materials.remove(id);
        } else {
            material.bytes = null;
            if (!key.state.equals("PendingDeletion")) {
                key.state = "PendingImport";
            }
        }
        Map<String, Object> out = Json.object();
        out.put("KeyId", key.arn);
        out.put("KeyMaterialId", id);
        return out;
    }

    // ---- rotation

    private Map<String, Object> rotateKeyOnDemand(Json.Request r) {
        Key key = resolve(r.required("KeyId"), false);
        if (key.state.equals("Disabled")) {
            throw KmsError.of("DisabledException", key.arn + " is disabled.");
        }
        if (!key.state.equals("Enabled")) {
            throw KmsError.invalidState(key.arn + " is " + stateWords(key) + ".");
        }
        if (key.onDemandRotations >= MAX_ON_DEMAND_ROTATIONS) {
            throw KmsError.of("LimitExceededException", "The on-demand rotation limit (" + MAX_ON_DEMAND_ROTATIONS
                    + ") of " + key.arn + " has been reached.");
        }
        Material next;
        if (key.external()) {
            next = key.materials.values().stream().filter(m -> m.state.equals("PENDING_ROTATION") && m.bytes != null)
                    .findFirst().orElseThrow(() -> KmsError.invalidState(key.arn + " has no imported key material in "
                            + "PENDING_ROTATION state."));
        } else {
            next = newMaterial(key, randomBytes(32), "PENDING_ROTATION");
        }
        key.materials.get(key.currentId).state = "NON_CURRENT";
        next.state = "CURRENT";
        next.rotationDate = clock.instant();
        next.rotationType = "ON_DEMAND";
        key.currentId = next.id;
        key.onDemandRotations++;
        return Map.of("KeyId", key.arn);
    }

    private Map<String, Object> listKeyRotations(Json.Request r) {
        Key key = resolve(r.required("KeyId"), false);
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
            entry.put("KeyMaterialState", m.state);
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

    // ---- cryptography with the key

    private Map<String, Object> encrypt(Json.Request r) {
        Key key = resolve(r.required("KeyId"), true);
        byte[] plaintext = r.requiredBlob("Plaintext");
        requireUsable(key);
        Material material = key.materials.get(key.currentId);
        if (material == null || material.bytes == null) {
            throw KmsError.invalidState(key.arn + " is pending import.");
        }
        byte[] iv = randomBytes(12);
        byte[] keyId = key.id.getBytes(StandardCharsets.US_ASCII);
        byte[] ciphertext = gcm(Cipher.ENCRYPT_MODE, material.bytes, iv, aad(key, r.stringMap("EncryptionContext")),
                plaintext);
        ByteBuffer blob = ByteBuffer.allocate(BLOB_MAGIC.length + 1 + keyId.length + 32 + 12 + ciphertext.length);
        blob.put(BLOB_MAGIC).put((byte) keyId.length).put(keyId).put(HexFormat.of().parseHex(material.id)).put(iv)
                .put(ciphertext);
        Map<String, Object> out = Json.object();
        out.put("CiphertextBlob", blob.array());
        out.put("KeyId", key.arn);
        out.put("EncryptionAlgorithm", "SYMMETRIC_DEFAULT");
        return out;
    }

    private Map<String, Object> decrypt(Json.Request r) {
        byte[] blob = r.requiredBlob("CiphertextBlob");
        ByteBuffer in = ByteBuffer.wrap(blob);
        Key key;
        byte[] materialId = new byte[32];
        byte[] iv = new byte[12];
        byte[] ciphertext;
        try {
            byte[] magic = new byte[BLOB_MAGIC.length];
            in.get(magic);
            if (!Arrays.equals(magic, BLOB_MAGIC)) {
                throw new IllegalArgumentException("magic");
            }
            byte[] keyId = new byte[in.get()];
            in.get(keyId);
            key = keys.get(new String(keyId, StandardCharsets.US_ASCII));
            in.get(materialId).get(iv);
            ciphertext = new byte[in.remaining()];
            in.get(ciphertext);
            if (key == null) {
                throw new IllegalArgumentException("key");
            }
        } catch (RuntimeException e) {
            throw KmsError.of("InvalidCiphertextException", null);
        }
        Optional<String> requested = r.string("KeyId");
        if (requested.isPresent() && !resolve(requested.get(), true).id.equals(key.id)) {
            throw KmsError.of("IncorrectKeyException", "The key ID in the request does not identify a KMS key that can "
                    + "perform this operation.");
        }
        requireUsable(key);
        Material material = key.materials.get(HexFormat.of().formatHex(materialId));
        if (material == null || material.bytes == null) {
            throw KmsError.invalidState(key.arn + " is pending import.");
        }
        byte[] plaintext = gcm(Cipher.DECRYPT_MODE, material.bytes, iv, aad(key, r.stringMap("EncryptionContext")),
                ciphertext);
        Map<String, Object> out = Json.object();
        out.put("KeyId", key.arn);
        out.put("Plaintext", plaintext);
        out.put("EncryptionAlgorithm", "SYMMETRIC_DEFAULT");
        return out;
    }

    private static byte[] aad(Key key, Map<String, String> context) {
        return (key.id + "\n" + new TreeMap<>(context).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"))).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gcm(int mode, byte[] key, byte[] iv, byte[] aad, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
            cipher.updateAAD(aad);
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw KmsError.of("InvalidCiphertextException", null);
        }
    }

    // ---- helpers

    private void requireUsable(Key key) {
        if (key.state.equals("Disabled")) {
            throw KmsError.of("DisabledException", key.arn + " is disabled.");
        }
        if (!key.state.equals("Enabled")) {
            throw KmsError.invalidState(key.arn + " is " + stateWords(key) + ".");
        }
    }

    private static void requireExternal(Key key) {
        if (!key.external()) {
            throw KmsError.of("UnsupportedOperationException", key.arn + " origin is " + key.origin
                    + " which is not valid for this operation.");
        }
    }

    private static String stateWords(Key key) {
        return switch (key.state) {
            case "PendingImport" -> "pending import";
            case "PendingDeletion" -> "pending deletion";
            case "Disabled" -> "disabled";
            default -> key.state;
        };
    }

    /** KMS deletes expired key material by itself; the key then waits for a re-import. */
    private void expireMaterials() {
        Instant now = clock.instant();
        for (Key key : keys.values()) {
            for (Material m : key.materials.values()) {
                if (m.bytes != null && m.validTo != null && !now.isBefore(m.validTo)) {
                    m.bytes = null;
                    if (m.permanent() && !key.state.equals("PendingDeletion")) {
                        key.state = "PendingImport";
                    }
                }
            }
        }
    }

    private Key resolve(String ref, boolean aliasAllowed) {
        String id;
        if (ref.startsWith("alias/") || ref.matches("arn:aws:kms:[^:]*:\\d*:alias/.+")) {
            String name = ref.startsWith("alias/") ? ref : ref.substring(ref.indexOf(":alias/") + 1);
            if (!aliasAllowed) {
                throw KmsError.notFound("Alias is not allowed here: give the key ID or key ARN.");
            }
            id = aliases.get(name);
            if (id == null) {
                throw KmsError.notFound("Alias " + arn(name) + " is not found.");
            }
        } else if (ref.startsWith("arn:")) {
            if (!ref.matches("arn:aws:kms:" + region + ":" + account + ":key/[0-9a-z-]+")) {
                throw KmsError.of("InvalidArnException", "Invalid arn " + ref);
            }
            id = ref.substring(ref.indexOf(":key/") + 5);
        } else {
            id = ref;
        }
        Key key = keys.get(id);
        if (key == null) {
            throw KmsError.notFound("Key '" + arn("key/" + id) + "' does not exist");
        }
        return key;
    }

    private Map<String, Object> metadata(Key key) {
        Map<String, Object> m = Json.object();
        m.put("AWSAccountId", account);
        m.put("KeyId", key.id);
        m.put("Arn", key.arn);
        m.put("CreationDate", key.created);
        m.put("Enabled", key.state.equals("Enabled"));
        m.put("Description", key.description);
        m.put("KeyUsage", "ENCRYPT_DECRYPT");
        m.put("KeyState", key.state);
        m.put("DeletionDate", key.deletionDate);
        m.put("Origin", key.origin);
        m.put("KeyManager", "CUSTOMER");
        m.put("CustomerMasterKeySpec", "SYMMETRIC_DEFAULT");
        m.put("KeySpec", "SYMMETRIC_DEFAULT");
        m.put("EncryptionAlgorithms", List.of("SYMMETRIC_DEFAULT"));
        m.put("MultiRegion", key.multiRegion);
        m.put("PendingDeletionWindowInDays", key.pendingWindow);
        m.put("CurrentKeyMaterialId", key.currentId);
        if (key.external()) {
            List<Material> imported = key.materials.values().stream().filter(x -> x.permanent() && x.bytes != null)
                    .toList();
            if (!imported.isEmpty()) {
                Optional<Instant> earliest = imported.stream().map(x -> x.validTo).filter(t -> t != null)
                        .min(Instant::compareTo);
                m.put("ExpirationModel", earliest.isPresent() ? "KEY_MATERIAL_EXPIRES" : "KEY_MATERIAL_DOES_NOT_EXPIRE");
                m.put("ValidTo", earliest.orElse(null));
            }
        }
        return m;
    }

    private Material newMaterial(Key key, byte[] bytes, String state) {
        Material material = new Material(materialId(key, bytes), state);
        material.bytes = bytes;
        key.materials.put(material.id, material);
        return material;
    }

    /** Deterministic per key and material, as KMS's key material id is: HMAC-SHA-256(key id || material). */
    private String materialId(Key key, byte[] material) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(idSecret, "HmacSHA256"));
            mac.update(key.id.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(mac.doFinal(material));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String arn(String resource) {
        return "arn:aws:kms:" + region + ":" + account + ":" + resource;
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    private static KeyPair rsa(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
