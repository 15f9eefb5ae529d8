package com.netcore.byok.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** A command-line ceremony run in a held child JVM, dumped and searched; the counts are printed for the record. */
public final class CeremonyDump {
    public static final String CLI = "com.netcore.byok.cli.ByokCli";

    private CeremonyDump() {
    }

    /** Skips (with the reason) where gdb's gcore is missing; never passes without searching. */
    public static void requireGcore() {
        assumeTrue(MemoryDump.gcoreInstalled(), "Memory dump test skipped: " + MemoryDump.GCORE
                + " is not installed (apt-get install gdb).");
    }

    /**
     * Runs {@code byok-wizard args} in a child JVM, checks it succeeded, dumps it into {@code dir} and returns
     * the count of each form of the secrets that {@code secrets} names (asked after the command returned).
     */
    public static Map<String, Long> run(Path dir, String path, Supplier<List<SecretForms>> secrets, String... args)
            throws Exception {
        return run(MemoryDump.SERIAL_GC, dir, path, secrets, args);
    }

    /** As above, in a child JVM started with {@code jvmOptions} (e.g. {@link MemoryDump#G1_GC}). */
    public static Map<String, Long> run(List<String> jvmOptions, Path dir, String path,
                                        Supplier<List<SecretForms>> secrets, String... args) throws Exception {
        requireGcore();
        long start = System.nanoTime();
        try (MemoryDump held = MemoryDump.runAndHold(jvmOptions, CLI, args)) {
            assertThat(held.exitCode()).as(held.output()).isZero();
            Map<String, Long> counts = held.dumpAndCount(dir, secrets);
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("[memory dump] " + path + ": core " + held.coreBytes() / (1024 * 1024) + " MB, "
                    + millis + " ms, copies found: " + describe(counts));
            return counts;
        }
    }

    /** Fails naming every form found, with its count. */
    public static void assertNoCopies(String path, Map<String, Long> counts) {
        assertThat(found(counts)).as("copies of secrets in a core dump after " + path).isEmpty();
    }

    /**
     * A copy that is known to remain and cannot be wiped: at most {@code atMost} copies of {@code form} (e.g.
     * "hex upper") of each secret whose name starts with {@code secret} (e.g. "share "), and why.
     */
    public record Residue(String secret, String form, long atMost, String reason) {
        boolean covers(String label, long count) {
            return label.startsWith(secret) && label.endsWith(": " + form) && count <= atMost;
        }
    }

    /**
     * Fails on any copy that no {@code residue} allows, or on more copies than it allows; the allowed ones are
     * printed with their reason.
     */
    public static void assertOnlyResidue(String path, Map<String, Long> counts, List<Residue> residue) {
        Map<String, Long> unexplained = new java.util.TreeMap<>();
        found(counts).forEach((label, count) -> {
            var reason = residue.stream().filter(r -> r.covers(label, count)).findFirst();
            if (reason.isPresent()) {
                System.out.println("[memory dump] " + path + ": allowed " + label + "=" + count + " ("
                        + reason.get().reason() + ")");
            } else {
                unexplained.put(label, count);
            }
        });
        assertThat(unexplained).as("copies of secrets in a core dump after " + path + " beyond the documented "
                + "residue " + residue).isEmpty();
    }

    static Map<String, Long> found(Map<String, Long> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Long::sum, java.util.TreeMap::new));
    }

    static String describe(Map<String, Long> counts) {
        Map<String, Long> found = found(counts);
        return found.isEmpty() ? "none (" + counts.size() + " forms searched)" : found.toString();
    }
}
