package com.netcore.byok.kms;

import com.netcore.byok.core.ByokException;
import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.services.kms.model.KeyMetadata;

/**
 * What DescribeKey says about a key, in plain values (the AWS names of states and types), and the rules its
 * state sets: whether it takes imported material, can rotate, or is pending deletion.
 */
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
    /** The only key spec this tool imports into: a 256-bit AES key. */
    public static final String SYMMETRIC_DEFAULT = "SYMMETRIC_DEFAULT";

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

    public boolean isPendingImport() {
        return PENDING_IMPORT.equals(state);
    }

    public boolean isPendingDeletion() {
        return PENDING_DELETION.equals(state);
    }

    /** True when the key's material has an expiry date ({@code KEY_MATERIAL_EXPIRES}). */
    public boolean materialExpires() {
        return expirationModel.map(EXPIRES::equals).orElse(false);
    }

    /** True when this tool can import into the key: EXTERNAL, SYMMETRIC_DEFAULT and not pending deletion. */
    public boolean canImport() {
        return isExternal() && SYMMETRIC_DEFAULT.equals(keySpec) && !isPendingDeletion();
    }

    /** KMS imports key material only into a key that is PendingImport or Enabled. */
    public boolean acceptsImportNow() {
        return isPendingImport() || isEnabled();
    }

    /** Only an Enabled key rotates, or takes new material for a rotation. */
    public boolean canRotate() {
        return isEnabled();
    }

    /** Throws the sentence saying why {@code action} is impossible, unless {@link #canImport()}. */
    public void requireImportable(String action) {
        if (!isExternal()) {
            throw new ByokException("Key " + arn + " has Origin " + origin + " (KMS made its key material), "
                    + "so you cannot " + action + ". Create a key for imported material with 'kms create-key'.");
        }
        if (!SYMMETRIC_DEFAULT.equals(keySpec)) {
            throw new ByokException("Key " + arn + " is a " + keySpec + " key; this tool imports 256-bit "
                    + "symmetric key material only. Create a key with 'kms create-key'.");
        }
        if (isPendingDeletion()) {
            throw new ByokException("Key " + arn + " is pending deletion, so you cannot " + action + ". "
                    + stateAdvice());
        }
    }

    /** What to do about the key's state before acting on it. */
    public String stateAdvice() {
        return switch (state) {
            case DISABLED -> "Enable it first (aws kms enable-key) if that is intended.";
            case PENDING_DELETION -> "Cancel the deletion first (aws kms cancel-key-deletion) if that is intended.";
            case PENDING_IMPORT -> "Its key material must be imported (again) first.";
            default -> "See 'kms status'.";
        };
    }
}
