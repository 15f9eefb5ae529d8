package com.netcore.byok.kms;

/** Alias names as KMS wants them: {@code alias/NAME}; a bare NAME is given the prefix. */
public final class Aliases {
    public static final String PREFIX = "alias/";

    private Aliases() {
    }

    /** Adds alias/ when missing, then checks the name as KMS does (AliasNameType). */
    public static String normalize(String alias) {
        String name = alias.strip();
        return RequestRules.checkAliasName(name.startsWith(PREFIX) ? name : PREFIX + name);
    }

    /** True for an alias name or alias ARN (as opposed to a key id or key ARN). */
    static boolean isAlias(String keyRef) {
        return keyRef.startsWith(PREFIX) || keyRef.matches("arn:aws[a-z-]*:kms:[^:]*:\\d*:alias/.*");
    }
}
