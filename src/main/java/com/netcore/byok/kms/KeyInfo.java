package com.netcore.byok.kms;

import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.services.kms.model.KeyMetadata;

/** What DescribeKey says about a key, in plain values (the AWS names of states and types). */
public record KeyInfo(
        String arn,
        String keyId,
        String account,
        String state,
        String origin,
        String keySpec,
        String keyUsage,
        boolean multiRegion,
        Optional<String> description,
        Optional<String> expirationModel,
        Optional<Instant> validTo,
        Optional<String> currentKeyMaterialId,
        Optional<Instant> deletionDate,
        Optional<Instant> created) {

    public static final String ENABLED = "Enabled";
    public static final String DISABLED = "Disabled";
    public static final String PENDING_IMPORT = "PendingImport";
    public static final String PENDING_DELETION = "PendingDeletion";
    public static final String EXTERNAL = "EXTERNAL";
    public static final String EXPIRES = "KEY_MATERIAL_EXPIRES";

    static KeyInfo of(KeyMetadata m) {
        return new KeyInfo(m.arn(), m.keyId(), m.awsAccountId(), m.keyStateAsString(), m.originAsString(),
                m.keySpecAsString(), m.keyUsageAsString(), Boolean.TRUE.equals(m.multiRegion()),
                Optional.ofNullable(m.description()).filter(d -> !d.isEmpty()),
                Optional.ofNullable(m.expirationModelAsString()), Optional.ofNullable(m.validTo()),
                Optional.ofNullable(m.currentKeyMaterialId()), Optional.ofNullable(m.deletionDate()),
                Optional.ofNullable(m.creationDate()));
    }

    public boolean isExternal() {
        return EXTERNAL.equals(origin);
    }

    public boolean isEnabled() {
        return ENABLED.equals(state);
    }

    /** True when the key's material has an expiry date ({@code KEY_MATERIAL_EXPIRES}). */
    public boolean materialExpires() {
        return expirationModel.map(EXPIRES::equals).orElse(false);
    }
}
