package com.netcore.byok.kms;

import java.util.Optional;

/** The words for multi-Region keys: a replica made, the key across Regions, and what revoking does to replicas. */
public final class MultiRegionReports {
    private MultiRegionReports() {
    }

    public static String replicated(ReplicatedKey made) {
        KeyInfo replica = made.replica();
        return "Replicated " + made.primaryArn() + " to " + made.region() + ".\n"
                + "Replica: " + replica.arn() + "\n"
                + "  State: " + replica.state() + (replica.isExternal() ? " (it has no key material yet: run 'kms "
                + "get-parameters --region " + made.region() + "', have the customer wrap the SAME key for those "
                + "parameters, then 'kms import --region " + made.region() + "')" : "") + "\n";
    }

    /** One row per Region, then the warnings. */
    public static String status(MultiRegionStatus status) {
        StringBuilder out = new StringBuilder();
        out.append("Multi-Region key ").append(status.key().keyId()).append(" in ").append(status.regions().size())
                .append(" Regions:\n");
        out.append(String.format("  %-16s %-8s %-16s %-22s %s%n", "Region", "Role", "State", "Expires",
                "Current key material"));
        for (RegionStatus region : status.regions()) {
            String role = region.primary() ? "primary" : "replica";
            Optional<KeyInfo> key = region.status().map(KeyStatus::key);
            out.append(String.format("  %-16s %-8s %-16s %-22s %s%n", region.region(), role,
                    key.map(KeyInfo::state).orElse("unknown"),
                    key.map(k -> k.validTo().isPresent() || !k.isPendingImport() ? MultiRegionStatus.expiry(k) : "-")
                            .orElse("-"),
                    key.flatMap(KeyInfo::currentKeyMaterialId).orElse("-")));
        }
        var warnings = status.warnings();
        if (warnings.isEmpty()) {
            out.append("All Regions agree: same current key material, same expiry.\n");
        }
        warnings.forEach(w -> out.append("WARNING: ").append(w).append('\n'));
        return out.toString();
    }

    /** Added to the consequences of deleting key material of a multi-Region key. */
    static String deleteMaterial() {
        return " This is a multi-Region key: the primary and each replica hold their own copy of the key material, "
                + "so this deletes it in this Region only; the other Regions keep working until their material is "
                + "deleted there too ('kms delete-material --region REGION').";
    }

    /** Added to the consequences of scheduling deletion of a multi-Region key. */
    static String scheduleDeletion() {
        return " This is a multi-Region key. Deleting a replica does not affect the primary or the other replicas, "
                + "and data encrypted under it can still be decrypted in the other Regions. KMS does not delete a "
                + "primary key while it has replicas: it becomes PendingReplicaDeletion, unusable at once, and its "
                + "waiting period starts only when the last replica is deleted; the replicas keep working until you "
                + "schedule their deletion in their own Regions.";
    }
}
