package com.netcore.byok.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The memory dump's positive control, run by {@link HeldMain}: keeps one secret in memory (as bytes, upper-case
 * hex String and base64 char[]) and wipes another. Both derive from a seed, so neither is on the command line.
 */
public final class HoldsASecret {
    static byte[] raw;
    static String hex;
    static char[] base64;

    private HoldsASecret() {
    }

    /** The secret {@code role} ("kept" or "wiped") for {@code seed}: SHA-256 of "role:seed". */
    public static byte[] secret(String role, String seed) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest((role + ":" + seed).getBytes(StandardCharsets.US_ASCII));
    }

    /** {@code args[0]}: the seed. */
    public static int run(String[] args) throws Exception {
        raw = secret("kept", args[0]);
        hex = HexFormat.of().withUpperCase().formatHex(raw);
        base64 = Base64.getEncoder().encodeToString(raw).toCharArray();
        byte[] wiped = secret("wiped", args[0]);
        Arrays.fill(wiped, (byte) 0);
        return 0;
    }
}
