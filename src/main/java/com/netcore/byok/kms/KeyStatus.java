package com.netcore.byok.kms;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A key's state at {@code checkedAt}: DescribeKey, its aliases and every key material. A part KMS would not
 * list (e.g. no kms:ListAliases permission) is empty, with the reason in {@code notes}.
 */
public record KeyStatus(KeyInfo key, List<String> aliases, List<KeyMaterialInfo> materials, List<String> notes,
                        Instant checkedAt) {

    /** Below this much time left, the operator is warned to re-import with a later expiry. */
    public static final Duration EXPIRY_WARNING = Duration.ofDays(30);

    /** Time until the key material expires; empty when it never expires or is not imported. */
    public Optional<Duration> timeLeft() {
        return key.materialExpires() ? key.validTo().map(t -> Duration.between(checkedAt, t)) : Optional.empty();
    }

    /** Whole days left (rounded down). */
    public Optional<Long> daysLeft() {
        return timeLeft().map(Duration::toDays);
    }

    public boolean expiresSoon() {
        return timeLeft().map(left -> left.compareTo(EXPIRY_WARNING) < 0).orElse(false);
    }

    public Optional<KeyMaterialInfo> pendingRotation() {
        return materials.stream().filter(KeyMaterialInfo::isPendingRotation).findFirst();
    }
}
