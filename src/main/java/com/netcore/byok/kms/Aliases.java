package com.netcore.byok.kms;

import com.netcore.byok.core.ByokException;

/** Alias names as KMS wants them: {@code alias/NAME}; a bare NAME is given the prefix. */
public final class Aliases {
    public static final String PREFIX = "alias/";

    private Aliases() {
    }

    public static String normalize(String alias) {
        String name = alias.strip();
        if (!name.startsWith(PREFIX)) {
            name = PREFIX + name;
        }
        String rest = name.substring(PREFIX.length());
        if (rest.isEmpty() || name.length() > 256 || !rest.matches("[a-zA-Z0-9/_-]+")) {
            throw new ByokException("Alias '" + alias + "' is not a valid alias name. Use letters, digits, / _ and - "
                    + "(at most 256 characters), e.g. alias/customer-bank-a.");
        }
        if (rest.startsWith("aws/")) {
            throw new ByokException("Alias '" + alias + "' starts with alias/aws/, which AWS reserves for its own keys. "
                    + "Choose another name.");
        }
        return name;
    }

    /** True for an alias name or alias ARN (as opposed to a key id or key ARN). */
    static boolean isAlias(String keyRef) {
        return keyRef.startsWith(PREFIX) || keyRef.matches("arn:aws[a-z-]*:kms:[^:]*:\\d*:alias/.*");
    }
}
