package com.netcore.byok.kms;

import com.netcore.byok.core.ByokException;
import java.util.Set;

/**
 * After a successful ImportKeyMaterial: waits (bounded) for DescribeKey to show the key Enabled and for an
 * Encrypt/Decrypt round trip to work. Nothing here can turn the import into a failure: a refusal (e.g. AccessDenied
 * for a key administrator without key-user permissions), a key KMS still shows in its old state, or a cancel, makes
 * the result "imported; not verified" with the reason.
 */
final class ImportVerification {
    private static final Set<String> OLD_STATE = Set.of("KMSInvalidStateException");

    /** Builds the result from the key afterwards, whether the round trip worked, and what the check found. */
    interface Outcome<R> {
        R of(KeyInfo after, boolean verified, String verification);
    }

    private ImportVerification() {
    }

    static <R> R verify(KmsConnection connection, KeyOperations keys, KeyInfo before, ImportKind kind,
                        Outcome<R> outcome) {
        KeyInfo after = before;
        try {
            after = connection.propagation().until(KeyInfo::isEnabled, () -> keys.describe(before.arn()));
            if (!after.isEnabled()) {
                return outcome.of(after, false, Reports.stillShownAs(after, connection.propagation().limit()));
            }
            KeyInfo enabled = after;
            connection.propagation().retry(OLD_STATE, () -> {
                keys.roundTrip(enabled);
                return enabled;
            });
        } catch (KmsCancelledException e) {
            return outcome.of(after, false, "the check was cancelled after the import; run 'kms status' to see the key.");
        } catch (ByokException e) {
            return outcome.of(after, false, e.getMessage());
        }
        return outcome.of(after, true, Reports.roundTripWorked(kind));
    }
}
