package com.netcore.byok.kms;

import java.security.PublicKey;

/** A KMS signing key as GetPublicKey shows it: its ARN, its spec and its public key (never the private key). */
public record SigningPublicKey(String keyArn, SigningKeySpec spec, PublicKey publicKey) {
}
