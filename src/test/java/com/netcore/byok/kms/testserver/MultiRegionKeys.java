package com.netcore.byok.kms.testserver;

import com.netcore.byok.kms.testserver.FakeKey.Material;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Multi-Region keys across the test server's Regions, as KMS documents them: ReplicateKey makes a replica with the
 * same key id in another Region (PendingImport for imported material); a replica takes only key material the
 * primary has (IncorrectKeyMaterialException otherwise) and never new material directly; new material waits in
 * PENDING_MULTI_REGION_IMPORT_AND_ROTATION on the primary until every replica has it, and RotateKeyOnDemand on the
 * primary is refused until then; the rotation then makes it current in every Region.
 */
final class MultiRegionKeys {
    static final String PENDING_MULTI_REGION = "PENDING_MULTI_REGION_IMPORT_AND_ROTATION";

    /** The primary's Region and every member by Region (primary first). */
    private static final class Group {
        final String primaryRegion;
        final Map<String, FakeKey> members = new LinkedHashMap<>();

        Group(String primaryRegion) {
            this.primaryRegion = primaryRegion;
        }
    }

    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final Function<String, FakeKms> regions;

    MultiRegionKeys(Function<String, FakeKms> regions) {
        this.regions = regions;
    }

    void created(String region, FakeKey key) {
        if (key.multiRegion) {
            Group group = new Group(region);
            group.members.put(region, key);
            groups.put(key.id, group);
        }
    }

    private Optional<Group> group(FakeKey key) {
        return Optional.ofNullable(key.multiRegion ? groups.get(key.id) : null);
    }

    boolean isReplica(FakeKey key) {
        return group(key).map(g -> g.members.get(g.primaryRegion) != key).orElse(false);
    }

    private List<FakeKey> replicas(FakeKey primary) {
        return group(primary).map(g -> g.members.entrySet().stream().filter(e -> !e.getKey().equals(g.primaryRegion))
                .map(Map.Entry::getValue).toList()).orElse(List.of());
    }

    /** The Regions of replicas that lack the bytes of this material of the primary. */
    List<String> regionsMissing(FakeKey primary, String materialId) {
        List<String> missing = new ArrayList<>();
        group(primary).ifPresent(g -> g.members.forEach((region, member) -> {
            Material m = member.materials.get(materialId);
            if (member != primary && (m == null || m.bytes == null)) {
                missing.add(region);
            }
        }));
        return missing;
    }

    Map<String, Object> replicate(FakeKms source, Json.Request r) {
        FakeKey primary = source.resolve(r.required("KeyId"), false);
        String target = r.required("ReplicaRegion");
        if (!primary.multiRegion) {
            throw KmsError.of("UnsupportedOperationException", primary.arn + " is not a multi-Region key; only a "
                    + "multi-Region primary key can be replicated.");
        }
        Group group = groups.get(primary.id);
        if (isReplica(primary)) {
            throw KmsError.of("UnsupportedOperationException", primary.arn + " is a replica key; replicate its primary "
                    + "key in " + group.primaryRegion + ".");
        }
        if (primary.state.equals("PendingDeletion")) {
            throw KmsError.invalidState(primary.arn + " is pending deletion.");
        }
        if (!target.matches("[a-z]{2}(-[a-z]+)+-\\d")) {
            throw KmsError.validation("ReplicaRegion " + target + " is not a valid Region.");
        }
        if (group.members.containsKey(target)) {
            throw KmsError.of("AlreadyExistsException", "The multi-Region key " + primary.id + " already has a "
                    + (target.equals(group.primaryRegion) ? "primary" : "replica") + " key in " + target + ".");
        }
        FakeKms replicaKms = regions.apply(target);
        FakeKey replica = replicaKms.newReplica(primary, r);
        for (Material m : primary.materials.values()) {
            Material copy = new Material(m.id, m.state.equals(PENDING_MULTI_REGION) ? "PENDING_ROTATION" : m.state);
            copy.rotationDate = m.rotationDate;
            copy.rotationType = m.rotationType;
            copy.description = m.description;
            if (!primary.external()) {
                copy.bytes = m.bytes;
            }
            replica.materials.put(m.id, copy);
        }
        replica.currentId = primary.currentId;
        group.members.put(target, replica);
        Map<String, Object> out = Json.object();
        out.put("ReplicaKeyMetadata", replicaKms.describe(replica));
        out.put("ReplicaPolicy", replica.policy);
        List<Object> tags = new ArrayList<>();
        replica.tags.forEach((k, v) -> {
            Map<String, Object> tag = Json.object();
            tag.put("TagKey", k);
            tag.put("TagValue", v);
            tags.add(tag);
        });
        out.put("ReplicaTags", tags);
        return out;
    }

    /**
     * Before an import: a replica takes only the primary's key material, and new material only into the primary.
     * Returns the ImportType to use when the request gives none.
     */
    String checkImport(FakeKey key, String materialId, Optional<String> importType) {
        if (!isReplica(key)) {
            return importType.orElse(key.currentId == null ? "NEW_KEY_MATERIAL" : "EXISTING_KEY_MATERIAL");
        }
        Group group = groups.get(key.id);
        FakeKey primary = group.members.get(group.primaryRegion);
        if (!primary.materials.containsKey(materialId) || !key.materials.containsKey(materialId)) {
            throw KmsError.of("IncorrectKeyMaterialException", "The key material is not the key material of the "
                    + "primary key " + primary.arn + ". A replica key takes only key material imported into its "
                    + "primary key: import it into the primary key first.");
        }
        if (importType.orElse("EXISTING_KEY_MATERIAL").equals("NEW_KEY_MATERIAL")) {
            throw KmsError.of("UnsupportedOperationException", "You cannot directly import new key material into the "
                    + "replica key " + key.arn + ". Import it into the primary key with NEW_KEY_MATERIAL, then into "
                    + "each replica key with EXISTING_KEY_MATERIAL.");
        }
        return "EXISTING_KEY_MATERIAL";
    }

    /** After new material entered the primary: every replica learns its id (not its bytes). */
    void importedIntoPrimary(FakeKey primary, Material material) {
        for (FakeKey replica : replicas(primary)) {
            if (!replica.materials.containsKey(material.id)) {
                Material placeholder = new Material(material.id, material.state);
                placeholder.description = material.description;
                replica.materials.put(material.id, placeholder);
                if (replica.currentId == null) {
                    replica.currentId = material.id;
                }
            }
        }
    }

    /** The state ListKeyRotations shows for a material of this key. */
    String shownState(FakeKey key, Material material) {
        if (material.state.equals("PENDING_ROTATION") && !isReplica(key)
                && !regionsMissing(key, material.id).isEmpty()) {
            return PENDING_MULTI_REGION;
        }
        return material.state;
    }

    /** RotateKeyOnDemand: refused on a replica, and on a primary until every replica has the new material. */
    void checkRotation(FakeKey key, Optional<Material> next) {
        if (isReplica(key)) {
            Group group = groups.get(key.id);
            throw KmsError.of("UnsupportedOperationException", key.arn + " is a replica key; invoke the on-demand "
                    + "rotation on the primary key in " + group.primaryRegion + ".");
        }
        next.ifPresent(material -> {
            List<String> missing = regionsMissing(key, material.id);
            if (!missing.isEmpty()) {
                throw KmsError.invalidState("The key material " + material.id + " of " + key.arn + " is in "
                        + PENDING_MULTI_REGION + " state: import it into the replica keys in "
                        + String.join(", ", missing) + " first.");
            }
        });
    }

    /** A finished rotation of the primary makes the same material current in every replica. */
    void rotated(FakeKey primary, Material current) {
        for (FakeKey replica : replicas(primary)) {
            Material next = replica.materials.get(current.id);
            Material previous = replica.materials.get(replica.currentId);
            if (next == null || next == previous) {
                continue;
            }
            if (previous != null) {
                previous.state = "NON_CURRENT";
            }
            next.state = "CURRENT";
            next.rotationDate = current.rotationDate;
            next.rotationType = current.rotationType;
            replica.currentId = next.id;
        }
    }

    /** MultiRegionConfiguration of DescribeKey; null for a single-Region key. */
    Map<String, Object> configuration(FakeKey key) {
        Group group = group(key).orElse(null);
        if (group == null) {
            return null;
        }
        Map<String, Object> out = Json.object();
        out.put("MultiRegionKeyType", isReplica(key) ? "REPLICA" : "PRIMARY");
        List<Object> replicas = new ArrayList<>();
        group.members.forEach((region, member) -> {
            Map<String, Object> entry = Json.object();
            entry.put("Arn", member.arn);
            entry.put("Region", region);
            if (region.equals(group.primaryRegion)) {
                out.put("PrimaryKey", entry);
            } else {
                replicas.add(entry);
            }
        });
        out.put("ReplicaKeys", replicas);
        return out;
    }

    /** Whether a primary scheduled for deletion still has replicas (PendingReplicaDeletion). */
    boolean hasReplicas(FakeKey key) {
        return !isReplica(key) && !replicas(key).isEmpty();
    }
}
