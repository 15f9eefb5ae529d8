package com.netcore.byok.kms;

import java.nio.file.Path;

/**
 * What an import did: the key afterwards (DescribeKey), the key material id KMS gave, and whether an
 * Encrypt/Decrypt round trip proved the key works ({@code verification} says how it went).
 */
public record ImportResult(KeyInfo key, String keyMaterialId, ImportKind kind, Expiry expiry, boolean verified,
                           String verification, ImportLog.Entry record, Path logFile) {
}
