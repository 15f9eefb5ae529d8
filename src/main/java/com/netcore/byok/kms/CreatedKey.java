package com.netcore.byok.kms;

import java.util.Optional;

/** A key made by {@link Kms#createKey}: the key as CreateKey described it, its alias, and the policy it was given. */
public record CreatedKey(KeyInfo key, Optional<String> alias, String policy, boolean defaultPolicy) {
}
