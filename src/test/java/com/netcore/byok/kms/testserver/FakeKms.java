package com.netcore.byok.kms.testserver;

import com.netcore.byok.kms.testserver.FakeKey.Material;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * The KMS behaviour behind the test server, with real cryptography: wrapping key pairs made per
 * GetParametersForImport, tokens bound to key, wrapping key and algorithm and expiring after 24 hours,
 * unwrapping with the exact OAEP parameters, key material ids, rotation states, and AES-GCM with the imported
 * bytes. Plaintext key material exists here, in test code only. Not thread-safe: the server serialises calls.
 * <p>Eventual consistency ({@link #lag(Duration)}, wall-clock): a new key or alias is not found by other calls,
 * DescribeKey shows the state before an import or a material deletion (and Encrypt/Decrypt refuse the key as it
 * was), and an on-demand rotation completes only when the lag has passed.
 */
final class FakeKms {
    static final Duration TOKEN_VALIDITY = Duration.ofHours(24);
    static final Duration MAX_VALID_TO = Duration.ofDays(365);

    final Clock clock;
    private final String region;
    private final String account;
    private final String callerArn;
    Duration lag = Duration.ZERO;
    private final SecureRandom random = new SecureRandom();
    private final byte[] idSecret;
    final MultiRegionKeys multiRegion;
    private final Map<String, FakeKey> keys = new LinkedHashMap<>();
    private final Map<String, String> aliases = new TreeMap<>();
    private final Map<String, Instant> aliasVisibleFrom = new HashMap<>();
    private final FakeImport imports = new FakeImport(this);
    private final FakeRotation rotations = new FakeRotation(this);
    final FakeSigningKeys signing = new FakeSigningKeys(this);
    private final Map<String, Function<Json.Request, Map<String, Object>>> operations = new HashMap<>();

    /** One Region's KMS; {@code idSecret} and {@code multiRegion} are shared by all Regions of the server. */
    FakeKms(Clock clock, String region, String account, String callerArn, byte[] idSecret,
            MultiRegionKeys multiRegion) {
        this.clock = clock;
        this.region = region;
        this.account = account;
        this.callerArn = callerArn;
        this.idSecret = idSecret;
        this.multiRegion = multiRegion;
        operations.put("ReplicateKey", r -> multiRegion.replicate(this, r));
        operations.put("CreateKey", this::createKey);
        operations.put("DescribeKey", this::describeKey);
        operations.put("CreateAlias", this::createAlias);
        operations.put("UpdateAlias", this::updateAlias);
        operations.put("ListAliases", this::listAliases);
        operations.put("GetParametersForImport", imports::getParametersForImport);
        operations.put("ImportKeyMaterial", imports::importKeyMaterial);
        operations.put("DeleteImportedKeyMaterial", imports::deleteImportedKeyMaterial);
        operations.put("RotateKeyOnDemand", rotations::rotateKeyOnDemand);
        operations.put("ListKeyRotations", rotations::listKeyRotations);
        operations.put("Encrypt", this::encrypt);
        operations.put("Decrypt", this::decrypt);
        operations.put("DisableKey", this::disableKey);
        operations.put("EnableKey", this::enableKey);
        operations.put("ScheduleKeyDeletion", this::scheduleKeyDeletion);
        operations.put("GetKeyPolicy", this::getKeyPolicy);
        operations.put("PutKeyPolicy", this::putKeyPolicy);
        operations.put("GetKeyRotationStatus", rotations::getKeyRotationStatus);
        operations.put("CancelKeyDeletion", this::cancelKeyDeletion);
        operations.put("GetPublicKey", signing::getPublicKey);
        operations.put("Sign", signing::sign);
        operations.put("Verify", signing::verify);
    }

    Map<String, Object> handle(Json.Request request) {
        Function<Json.Request, Map<String, Object>> operation = operations.get(request.operation());
        if (operation == null) {
            throw new KmsError(400, "UnknownOperationException", "The test server does not implement "
                    + request.operation());
        }
        expireMaterials();
        rotations.complete(keys.values());
        return operation.apply(request);
    }

    /** From now on, changes take this long (wall-clock) to show; zero: at once. */
    void lag(Duration lag) {
        this.lag = lag;
    }

    Duration lag() {
        return lag;
    }

    /** Ends every propagation window now, as if the lag had passed. */
    void settle() {
        for (FakeKey key : keys.values()) {
            key.visibleFrom = Instant.MIN;
            key.settledFrom = Instant.MIN;
            if (key.rotatingTo != null) {
                key.rotationDoneAt = Instant.MIN;
            }
        }
        aliasVisibleFrom.clear();
        rotations.complete(keys.values());
    }

    /** The key ARN an operation would act on, for AccessDenied messages; empty if it names no (known) key. */
    Optional<String> resourceOf(Json.Request r) {
        Optional<String> ref = r.string("KeyId").or(() -> r.string("TargetKeyId"));
        if (ref.isEmpty() && r.operation().equals("Decrypt")) {
            ref = r.blob("CiphertextBlob").map(b -> {
                try {
                    return KmsCrypto.Blob.decode(b).keyId();
                } catch (KmsError e) {
                    return null;
                }
            });
        }
        return ref.map(k -> find(k, true, true).map(key -> key.arn).orElse(k.startsWith("arn:") ? k : arn("key/" + k)));
    }

    // ---- test inspection

    /** The key as it really is, ignoring eventual consistency. */
    Optional<FakeKey> key(String keyRef) {
        return find(keyRef, true, true);
    }

    private Optional<FakeKey> find(String keyRef, boolean aliasAllowed, boolean ignoreLag) {
        try {
            return Optional.of(resolve(keyRef, aliasAllowed, ignoreLag));
        } catch (KmsError e) {
            return Optional.empty();
        }
    }

    static Instant wallClock() {
        return Instant.now();
    }

    // ---- keys

    private Map<String, Object> createKey(Json.Request r) {
        String origin = r.string("Origin").orElse("AWS_KMS");
        if (!List.of("AWS_KMS", "EXTERNAL").contains(origin)) {
            throw KmsError.of("UnsupportedOperationException", "Origin " + origin + " is not supported by the test server.");
        }
        String spec = r.string("KeySpec").orElse("SYMMETRIC_DEFAULT");
        String usage = r.string("KeyUsage").orElse("ENCRYPT_DECRYPT");
        boolean signingKey = FakeSigningKeys.isSigningRequest(r);
        if (signingKey) {
            FakeSigningKeys.checkCreate(spec, origin);
        } else if (!spec.equals("SYMMETRIC_DEFAULT") || !usage.equals("ENCRYPT_DECRYPT")) {
            throw KmsError.of("UnsupportedOperationException", "The test server makes SYMMETRIC_DEFAULT "
                    + "ENCRYPT_DECRYPT keys only.");
        }
        Optional<String> sent = r.string("Policy");
        if (sent.isPresent() && !r.bool("BypassPolicyLockoutSafetyCheck")) {
            KeyPolicies.checkLockout(sent.get(), account, callerArn);
        }
        String policy = sent.orElseGet(() -> KeyPolicies.defaultPolicy(account));
        Map<String, String> tags = tags(r);
        boolean multiRegion = r.bool("MultiRegion");
        String id = multiRegion ? "mrk-" + HexFormat.of().formatHex(randomBytes(16)) : UUID.randomUUID().toString();
        FakeKey key = new FakeKey(id, arn("key/" + id), origin, multiRegion, clock.instant(),
                r.string("Description").orElse(""), policy, tags);
        if (signingKey) {
            key.state = "Enabled";
            signing.generate(key, spec);
        } else if (key.external()) {
            key.state = "PendingImport";
        } else {
            key.state = "Enabled";
            Material material = newMaterial(key, randomBytes(32), "CURRENT");
            key.currentId = material.id;
        }
        key.visibleFrom = wallClock().plus(lag);
        keys.put(id, key);
        this.multiRegion.created(region, key);
        return Map.of("KeyMetadata", metadata(key));
    }

    private Map<String, String> tags(Json.Request r) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (JsonNode tag : r.list("Tags")) {
            String key = tag.field("TagKey").map(JsonNode::asString).orElse("");
            if (key.startsWith("aws:")) {
                throw KmsError.of("TagException", "Tag keys beginning with aws: are reserved.");
            }
            tags.put(key, tag.field("TagValue").map(JsonNode::asString).orElse(""));
        }
        return tags;
    }

    /** ReplicateKey in this (the replica's) Region: same key id, own policy, tags and description. */
    FakeKey newReplica(FakeKey primary, Json.Request r) {
        Optional<String> sent = r.string("Policy");
        if (sent.isPresent() && !r.bool("BypassPolicyLockoutSafetyCheck")) {
            KeyPolicies.checkLockout(sent.get(), account, callerArn);
        }
        FakeKey replica = new FakeKey(primary.id, arn("key/" + primary.id), primary.origin, true, clock.instant(),
                r.string("Description").orElse(primary.description),
                sent.orElseGet(() -> KeyPolicies.defaultPolicy(account)), tags(r));
        replica.state = primary.external() ? "PendingImport" : "Enabled";
        replica.visibleFrom = wallClock().plus(lag);
        keys.put(replica.id, replica);
        return replica;
    }

    Map<String, Object> describe(FakeKey key) {
        return metadata(key);
    }

    private Map<String, Object> describeKey(Json.Request r) {
        return Map.of("KeyMetadata", metadata(resolve(r.required("KeyId"), true)));
    }

    private Map<String, Object> getKeyPolicy(Json.Request r) {
        FakeKey key = resolve(r.required("KeyId"), false);
        String name = r.string("PolicyName").orElse("default");
        if (!name.equals("default")) {
            throw KmsError.notFound("Key policy " + name + " is not found. The only valid policy name is default.");
        }
        Map<String, Object> out = Json.object();
        out.put("Policy", key.policy);
        out.put("PolicyName", name);
        return out;
    }

    private Map<String, Object> putKeyPolicy(Json.Request r) {
        FakeKey key = resolve(r.required("KeyId"), false);
        String name = r.string("PolicyName").orElse("default");
        if (!name.equals("default")) {
            throw KmsError.notFound("Key policy " + name + " is not found. The only valid policy name is default.");
        }
        String policy = r.required("Policy");
        if (!r.bool("BypassPolicyLockoutSafetyCheck")) {
            KeyPolicies.checkLockout(policy, account, callerArn);
        }
        key.policy = policy;
        return Map.of();
    }

    private Map<String, Object> disableKey(Json.Request r) {
        FakeKey key = resolve(r.required("KeyId"), false);
        if (!key.state.equals("Enabled") && !key.state.equals("Disabled")) {
            throw KmsError.invalidState(key.arn + " is " + stateWords(key) + ".");
        }
        key.state = "Disabled";
        return Map.of();
    }

    private Map<String, Object> enableKey(Json.Request r) {
        FakeKey key = resolve(r.required("KeyId"), false);
        if (!key.state.equals("Enabled") && !key.state.equals("Disabled")) {
            throw KmsError.invalidState(key.arn + " is " + stateWords(key) + ".");
        }
        key.state = "Enabled";
        return Map.of();
    }

    private Map<String, Object> scheduleKeyDeletion(Json.Request r) {
        FakeKey key = resolve(r.required("KeyId"), false);
        int days = r.integer("PendingWindowInDays").orElse(30);
        if (days < 7 || days > 30) {
            throw KmsError.validation("1 validation error detected: Value '" + days + "' at 'pendingWindowInDays' "
                    + "failed to satisfy constraint: Member must have value " + (days < 7
                    ? "greater than or equal to 7" : "less than or equal to 30"));
        }
        if (key.state.equals("PendingDeletion") || key.state.equals("PendingReplicaDeletion")) {
            throw KmsError.invalidState(key.arn + " is pending deletion.");
        }
        boolean waitsForReplicas = multiRegion.hasReplicas(key);
        key.state = waitsForReplicas ? "PendingReplicaDeletion" : "PendingDeletion";
        key.pendingWindow = days;
        key.deletionDate = waitsForReplicas ? null : clock.instant().plus(Duration.ofDays(days));
        Map<String, Object> out = Json.object();
        out.put("KeyId", key.arn);
        out.put("DeletionDate", key.deletionDate);
        out.put("KeyState", key.state);
        out.put("PendingWindowInDays", days);
        return out;
    }

    private Map<String, Object> cancelKeyDeletion(Json.Request r) {
        FakeKey key = resolve(r.required("KeyId"), false);
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
        FakeKey target = resolve(r.required("TargetKeyId"), false);
        if (target.state.equals("PendingDeletion")) {
            throw KmsError.invalidState(target.arn + " is pending deletion.");
        }
        aliases.put(name, target.id);
        aliasVisibleFrom.put(name, wallClock().plus(lag));
        return Map.of();
    }

    private boolean aliasVisible(String name) {
        return aliases.containsKey(name) && !wallClock().isBefore(aliasVisibleFrom.getOrDefault(name, Instant.MIN));
    }

    private Map<String, Object> updateAlias(Json.Request r) {
        String name = r.required("AliasName");
        if (!aliasVisible(name)) {
            throw KmsError.notFound("Alias " + arn(name) + " is not found.");
        }
        FakeKey target = resolve(r.required("TargetKeyId"), false);
        aliases.put(name, target.id);
        return Map.of();
    }

    private Map<String, Object> listAliases(Json.Request r) {
        Optional<FakeKey> filter = r.string("KeyId").map(ref -> resolve(ref, false));
        List<Object> entries = new ArrayList<>();
        aliases.forEach((name, keyId) -> {
            if (aliasVisible(name) && (filter.isEmpty() || filter.get().id.equals(keyId))) {
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

    // ---- cryptography with the key

    private Map<String, Object> encrypt(Json.Request r) {
        FakeKey key = resolve(r.required("KeyId"), true);
        byte[] plaintext = r.requiredBlob("Plaintext");
        requireUsable(key);
        Material material = key.materials.get(key.currentId);
        if (material == null || material.bytes == null) {
            throw KmsError.invalidState(key.arn + " is pending import.");
        }
        byte[] iv = randomBytes(12);
        byte[] ciphertext = KmsCrypto.gcm(Cipher.ENCRYPT_MODE, material.bytes, iv,
                KmsCrypto.aad(key, r.stringMap("EncryptionContext")), plaintext);
        Map<String, Object> out = Json.object();
        out.put("CiphertextBlob", new KmsCrypto.Blob(key.id, material.id, iv, ciphertext).encode());
        out.put("KeyId", key.arn);
        out.put("EncryptionAlgorithm", "SYMMETRIC_DEFAULT");
        return out;
    }

    private Map<String, Object> decrypt(Json.Request r) {
        KmsCrypto.Blob blob = KmsCrypto.Blob.decode(r.requiredBlob("CiphertextBlob"));
        FakeKey key = keys.get(blob.keyId());
        if (key == null) {
            throw KmsError.of("InvalidCiphertextException", null);
        }
        Optional<String> requested = r.string("KeyId");
        if (requested.isPresent() && !resolve(requested.get(), true).id.equals(key.id)) {
            throw KmsError.of("IncorrectKeyException", "The key ID in the request does not identify a KMS key that can "
                    + "perform this operation.");
        }
        requireUsable(key);
        Material material = key.materials.get(blob.materialId());
        if (material == null || material.bytes == null) {
            throw KmsError.invalidState(key.arn + " is pending import.");
        }
        byte[] plaintext = KmsCrypto.gcm(Cipher.DECRYPT_MODE, material.bytes, blob.iv(),
                KmsCrypto.aad(key, r.stringMap("EncryptionContext")), blob.ciphertext());
        Map<String, Object> out = Json.object();
        out.put("KeyId", key.arn);
        out.put("Plaintext", plaintext);
        out.put("EncryptionAlgorithm", "SYMMETRIC_DEFAULT");
        return out;
    }

    // ---- helpers

    /** Encrypt and Decrypt see the key as the rest of KMS shows it (the previous state while a change settles). */
    private void requireUsable(FakeKey key) {
        String state = key.visibleState(wallClock());
        if (state.equals("Disabled")) {
            throw KmsError.of("DisabledException", key.arn + " is disabled.");
        }
        if (!state.equals("Enabled")) {
            throw KmsError.invalidState(key.arn + " is " + stateWords(state) + ".");
        }
    }

    static void requireExternal(FakeKey key) {
        if (!key.external()) {
            throw KmsError.of("UnsupportedOperationException", key.arn + " origin is " + key.origin
                    + " which is not valid for this operation.");
        }
    }

    static String stateWords(FakeKey key) {
        return stateWords(key.state);
    }

    private static String stateWords(String state) {
        return switch (state) {
            case "PendingImport" -> "pending import";
            case "PendingDeletion" -> "pending deletion";
            case "Disabled" -> "disabled";
            default -> state;
        };
    }

    /** KMS deletes expired key material by itself; the key then waits for a re-import. */
    private void expireMaterials() {
        Instant now = clock.instant();
        for (FakeKey key : keys.values()) {
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

    FakeKey resolve(String ref, boolean aliasAllowed) {
        return resolve(ref, aliasAllowed, false);
    }

    /** The key a KeyId names; a key or alias still propagating is not found unless {@code ignoreLag}. */
    private FakeKey resolve(String ref, boolean aliasAllowed, boolean ignoreLag) {
        String id;
        if (ref.startsWith("alias/") || ref.matches("arn:aws:kms:[^:]*:\\d*:alias/.+")) {
            String name = ref.startsWith("alias/") ? ref : ref.substring(ref.indexOf(":alias/") + 1);
            if (!aliasAllowed) {
                throw KmsError.notFound("Alias is not allowed here: give the key ID or key ARN.");
            }
            id = ignoreLag || aliasVisible(name) ? aliases.get(name) : null;
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
        FakeKey key = keys.get(id);
        if (key == null || !ignoreLag && wallClock().isBefore(key.visibleFrom)) {
            throw KmsError.notFound("Key '" + arn("key/" + id) + "' does not exist");
        }
        return key;
    }

    private Map<String, Object> metadata(FakeKey key) {
        Map<String, Object> m = Json.object();
        m.put("AWSAccountId", account);
        m.put("KeyId", key.id);
        m.put("Arn", key.arn);
        m.put("CreationDate", key.created);
        String state = key.visibleState(wallClock());
        m.put("Enabled", state.equals("Enabled"));
        m.put("Description", key.description);
        m.put("KeyUsage", "ENCRYPT_DECRYPT");
        m.put("KeyState", state);
        m.put("DeletionDate", key.deletionDate);
        m.put("Origin", key.origin);
        m.put("KeyManager", "CUSTOMER");
        m.put("CustomerMasterKeySpec", "SYMMETRIC_DEFAULT");
        m.put("KeySpec", "SYMMETRIC_DEFAULT");
        m.put("EncryptionAlgorithms", List.of("SYMMETRIC_DEFAULT"));
        m.put("MultiRegion", key.multiRegion);
        m.put("MultiRegionConfiguration", multiRegion.configuration(key));
        m.put("PendingDeletionWindowInDays", key.pendingWindow);
        m.put("CurrentKeyMaterialId", key.currentId);
        signing.describe(key, m);
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

    Material newMaterial(FakeKey key, byte[] bytes, String state) {
        Material material = new Material(materialId(key, bytes), state);
        material.bytes = bytes;
        key.materials.put(material.id, material);
        return material;
    }

    /** Deterministic per key and material, as KMS's key material id is: HMAC-SHA-256(key id || material). */
    String materialId(FakeKey key, byte[] material) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(idSecret, "HmacSHA256"));
            mac.update(key.id.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(mac.doFinal(material));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String arn(String resource) {
        return "arn:aws:kms:" + region + ":" + account + ":" + resource;
    }

    byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }
}
