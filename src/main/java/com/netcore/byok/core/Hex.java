package com.netcore.byok.core;

import java.util.HexFormat;
import java.util.Locale;

/** Hex text of public values (digests, fingerprints, check values); never used for secrets. */
public final class Hex {
    private Hex() {
    }

    public static String lower(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    public static String upper(byte[] bytes) {
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    /** Upper-case hex in groups of four, e.g. {@code 3F2A 91C0 ...}, for reading aloud. */
    public static String grouped(byte[] bytes) {
        return grouped(upper(bytes));
    }

    public static String grouped(String hex) {
        StringBuilder out = new StringBuilder(hex.length() + hex.length() / 4);
        for (int i = 0; i < hex.length(); i += 4) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(hex, i, Math.min(hex.length(), i + 4));
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }

    /** Lower-case hex with spaces, colons and dashes removed, for comparing fingerprints typed either way. */
    public static String normalize(String hex) {
        return hex.replaceAll("[\\s:\\-]", "").toLowerCase(Locale.ROOT);
    }
}
