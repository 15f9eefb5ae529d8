package com.netcore.byok.core;

import java.util.List;

/** How the key was made, as the receipt records it. Holds only public facts (names, check values). */
public record KeySource(Kind kind, String detail, List<String> componentKcvs) {

    public enum Kind {
        GENERATED, ENTERED, KEY_FILE, COMPONENTS, SHARES
    }

    public KeySource {
        componentKcvs = List.copyOf(componentKcvs);
    }

    public static KeySource generated(String randomSource) {
        return new KeySource(Kind.GENERATED, randomSource, List.of());
    }

    public static KeySource entered() {
        return new KeySource(Kind.ENTERED, "", List.of());
    }

    public static KeySource keyFile(String fileName) {
        return new KeySource(Kind.KEY_FILE, fileName, List.of());
    }

    public static KeySource components(List<String> kcvs) {
        return new KeySource(Kind.COMPONENTS, "", kcvs);
    }

    /** Restored from {@code numbers} of a K-of-N split: {@code 3 of 5, shares 1, 2 and 4}. */
    public static KeySource shares(ShareScheme scheme, List<Integer> numbers) {
        return new KeySource(Kind.SHARES, scheme.threshold() + " of " + scheme.count() + ", shares "
                + listed(numbers), List.of());
    }

    /** Share numbers for a sentence, sorted: {@code 1, 2 and 4}. */
    static String listed(List<Integer> numbers) {
        List<String> sorted = numbers.stream().sorted().map(String::valueOf).toList();
        if (sorted.size() <= 1) {
            return String.join("", sorted);
        }
        return String.join(", ", sorted.subList(0, sorted.size() - 1)) + " and " + sorted.get(sorted.size() - 1);
    }

    /** One line for the receipt and the review screen. */
    public String describe() {
        return switch (kind) {
            case GENERATED -> "generated (" + detail + ")";
            case ENTERED -> "entered by hand";
            case KEY_FILE -> "key file " + detail;
            case COMPONENTS -> componentKcvs.size() + " components XOR-ed (component KCVs "
                    + String.join(", ", componentKcvs) + ")";
            case SHARES -> "restored from shares (" + detail + ")";
        };
    }
}
