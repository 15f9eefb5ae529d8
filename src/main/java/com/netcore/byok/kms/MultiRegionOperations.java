package com.netcore.byok.kms;

import com.netcore.byok.core.ByokException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.services.kms.model.KeyMetadata;
import software.amazon.awssdk.services.kms.model.Tag;

/**
 * Multi-Region keys: ReplicateKey with its checks, the key in every Region (each read through its own connection
 * to that Region), and which replicas still lack a key material.
 */
final class MultiRegionOperations {
    private final KmsConnection connection;
    private final KeyOperations keys;

    MultiRegionOperations(KmsConnection connection, KeyOperations keys) {
        this.connection = connection;
        this.keys = keys;
    }

    /** The key's multi-Region configuration seen from this Region; empty for a single-Region key. */
    Optional<MultiRegionKey> configuration(String keyRef) {
        KeyMetadata metadata = connection.call("DescribeKey", keyRef,
                () -> connection.client().describeKey(b -> b.keyId(keyRef))).keyMetadata();
        return MultiRegionKey.of(metadata);
    }

    ReplicatedKey replicate(String keyRef, String region, Optional<String> description, Map<String, String> tags) {
        KeyInfo key = keys.describe(keyRef);
        if (!key.multiRegion()) {
            throw new ByokException("Key " + key.arn() + " is a single-Region key, and KMS replicates only multi-Region "
                    + "keys. Create a multi-Region key with 'kms create-key --multi-region' and import into it.");
        }
        MultiRegionKey group = configuration(key.arn()).orElseThrow(() -> new ByokException("KMS did not return the "
                + "multi-Region configuration of " + key.arn() + ". Run 'kms status' on it and try again."));
        if (group.replica()) {
            throw new ByokException("Key " + key.arn() + " is a replica; KMS replicates only from the primary key. Run "
                    + "the command with --region " + group.primary().region() + " --key-id " + group.primary().arn()
                    + ".");
        }
        group.in(region).ifPresent(existing -> {
            throw new ByokException("Region " + region + " already holds this multi-Region key (" + existing.arn()
                    + ", " + (existing.equals(group.primary()) ? "the primary" : "a replica") + "); KMS allows one key "
                    + "per Region. Choose another Region, or use the key already there.");
        });
        var response = connection.call("ReplicateKey", key.arn(), () -> connection.client().replicateKey(b -> {
            b.keyId(key.arn()).replicaRegion(region);
            description.ifPresent(b::description);
            if (!tags.isEmpty()) {
                b.tags(tags.entrySet().stream().map(e -> Tag.builder().tagKey(e.getKey()).tagValue(e.getValue())
                        .build()).toList());
            }
        }));
        return new ReplicatedKey(KeyInfo.of(response.replicaKeyMetadata()), region, key.arn());
    }

    boolean isReplica(KeyInfo key) {
        return key.multiRegion() && configuration(key.arn()).map(MultiRegionKey::replica).orElse(false);
    }

    /**
     * Before RotateKeyOnDemand: a replica never rotates by itself, and the primary only once every replica has the
     * new material; says exactly which Regions still need the import.
     */
    void requireRotatable(KeyInfo key, List<KeyMaterialInfo> materials) {
        MultiRegionKey group = configuration(key.arn()).orElse(null);
        if (group == null) {
            return;
        }
        if (group.replica()) {
            throw new ByokException("Key " + key.arn() + " is a replica; KMS rotates a multi-Region key on its primary, "
                    + "and the replicas follow. Run 'kms rotate --region " + group.primary().region() + " --key-id "
                    + group.primary().arn() + "'.");
        }
        Optional<KeyMaterialInfo> pending = materials.stream().filter(KeyMaterialInfo::isPendingRotation).findFirst();
        if (pending.isEmpty()) {
            return;
        }
        List<String> missing = regionsWithout(group, pending.get().id());
        if (!missing.isEmpty()) {
            throw new ByokException("The new key material " + pending.get().id() + " of " + key.arn() + " is not yet "
                    + "imported in " + String.join(", ", missing) + " (" + KeyMaterialInfo.PENDING_MULTI_REGION + "), "
                    + "so KMS refuses the rotation. Import the same new key there first ('kms get-parameters' and "
                    + "'kms import --new-material' with --region " + String.join(", then ", missing) + "), then run "
                    + "'kms rotate' again. Nothing was rotated.");
        }
    }

    MultiRegionStatus status(String keyRef) {
        MultiRegionKey group = configuration(keyRef).orElseThrow(() -> new ByokException("Key " + keyRef + " is not "
                + "a multi-Region key; 'kms status' shows it in its one Region."));
        return new MultiRegionStatus(group, statusEverywhere(group));
    }

    /** The key in every Region: this one through this connection, the others through their own. */
    List<RegionStatus> statusEverywhere(MultiRegionKey group) {
        List<RegionStatus> out = new ArrayList<>();
        for (MultiRegionKey.Member member : group.members()) {
            boolean primary = member.equals(group.primary());
            try {
                KeyStatus status = inRegion(member.region(), k -> k.status(member.arn()));
                out.add(new RegionStatus(member.region(), primary, member.arn(), Optional.of(status), Optional.empty()));
            } catch (ByokException e) {
                out.add(new RegionStatus(member.region(), primary, member.arn(), Optional.empty(),
                        Optional.of(e.getMessage())));
            }
        }
        return out;
    }

    /** The replica Regions where this key material is not imported (missing or PENDING_IMPORT). */
    List<String> regionsWithout(MultiRegionKey group, String materialId) {
        List<String> missing = new ArrayList<>();
        for (MultiRegionKey.Member replica : group.replicas()) {
            boolean imported = inRegion(replica.region(), k -> k.materials(k.describe(replica.arn()))).stream()
                    .anyMatch(m -> m.id().equals(materialId) && m.isImported());
            if (!imported) {
                missing.add(replica.region());
            }
        }
        return missing;
    }

    /** Runs {@code work} on the key operations of a Region: a connection of its own, same credentials. */
    private <T> T inRegion(String region, Function<KeyOperations, T> work) {
        if (region.equals(connection.region())) {
            return work.apply(keys);
        }
        try (KmsConnection other = KmsConnection.open(connection.settings().inRegion(region), connection.clock())) {
            return work.apply(new KeyOperations(other));
        }
    }
}
