package com.netcore.byok.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * K-of-N split knowledge: {@code count} shares are made, any {@code threshold} of them restore the key,
 * fewer reveal nothing about it. At least 2 are needed (no share alone is the key), at most 16 are made.
 */
public record ShareScheme(int threshold, int count) {
    public static final int MIN_THRESHOLD = 2;
    public static final int MAX_COUNT = 16;
    private static final Pattern K_OF_N = Pattern.compile("\\s*(\\d{1,4})\\s*-?\\s*of\\s*-?\\s*(\\d{1,4})\\s*",
            Pattern.CASE_INSENSITIVE);

    public ShareScheme {
        String name = threshold + "-of-" + count;
        if (threshold < MIN_THRESHOLD) {
            throw new ByokException(name + " would let " + (threshold == 1 ? "each share alone" : "no share")
                    + " restore the key. K must be at least " + MIN_THRESHOLD + ", e.g. 2-of-3 or 3-of-5.");
        }
        if (threshold > count) {
            throw new ByokException(name + " needs more shares to restore the key than it makes. K must be at most N, "
                    + "e.g. " + Math.min(threshold, MAX_COUNT - 1) + "-of-" + Math.min(threshold + 1, MAX_COUNT) + ".");
        }
        if (count > MAX_COUNT) {
            throw new ByokException(name + " makes more shares than the " + MAX_COUNT
                    + " this tool supports. Make at most " + MAX_COUNT + " shares.");
        }
    }

    /** Reads {@code K-of-N}, e.g. {@code 3-of-5} (also {@code 3 of 5}, {@code 3of5}). */
    public static ShareScheme parse(String text) {
        Matcher m = K_OF_N.matcher(text);
        if (!m.matches()) {
            throw new ByokException("'" + text + "' is not a share scheme. Write K-of-N, e.g. 3-of-5: "
                    + "N shares are made and any K of them restore the key.");
        }
        return new ShareScheme(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** One line for people: {@code any 3 of 5 shares restore the key}. */
    public String describe() {
        return "any " + threshold + " of " + count + " shares restore the key";
    }

    @Override
    public String toString() {
        return threshold + "-of-" + count;
    }
}
