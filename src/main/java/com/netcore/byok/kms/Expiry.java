package com.netcore.byok.kms;

import com.netcore.byok.core.ByokException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When imported key material expires: at {@code validTo}, or never ({@code KEY_MATERIAL_DOES_NOT_EXPIRE},
 * chosen explicitly). KMS takes a time in the future and at most 365 days ahead.
 */
public record Expiry(Optional<Instant> validTo) {
    public static final Duration MAX_AHEAD = Duration.ofDays(365);

    public static Expiry never() {
        return new Expiry(Optional.empty());
    }

    public static Expiry at(Instant validTo) {
        return new Expiry(Optional.of(validTo));
    }

    public boolean expires() {
        return validTo.isPresent();
    }

    /** The AWS ExpirationModel name. */
    public String expirationModel() {
        return expires() ? "KEY_MATERIAL_EXPIRES" : "KEY_MATERIAL_DOES_NOT_EXPIRE";
    }

    /** Refuses a time KMS would refuse: not in the future, or more than 365 days ahead. */
    public void check(Clock clock) {
        validTo.ifPresent(t -> {
            Instant now = clock.instant();
            if (!t.isAfter(now)) {
                throw new ByokException("The key material expiry " + t + " (--valid-to) is not in the future. Give a "
                        + "later time, at most 365 days ahead, or choose --no-expiry.");
            }
            if (t.isAfter(now.plus(MAX_AHEAD))) {
                throw new ByokException("The key material expiry " + t + " (--valid-to) is more than 365 days ahead; "
                        + "KMS accepts at most " + now.plus(MAX_AHEAD).truncatedTo(ChronoUnit.SECONDS)
                        + ". Give an earlier time, or choose --no-expiry.");
            }
        });
    }

    @Override
    public String toString() {
        return validTo.map(Instant::toString).orElse("never");
    }
}
