package com.netcore.byok.kms;

/** What ReplicateKey made: the replica in its Region, and the primary it copies. */
public record ReplicatedKey(KeyInfo replica, String region, String primaryArn) {
}
