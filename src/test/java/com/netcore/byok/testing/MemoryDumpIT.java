package com.netcore.byok.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness finds what a process keeps (so a zero count means something) and not what it wiped. */
class MemoryDumpIT {
    @Test
    void findsAKeptSecretInEveryFormAndNoWipedOne(@TempDir Path dir) throws Exception {
        CeremonyDump.requireGcore();
        String seed = String.valueOf(new SecureRandom().nextLong());
        byte[] kept = HoldsASecret.secret("kept", seed);
        byte[] wiped = HoldsASecret.secret("wiped", seed);
        Map<String, Long> counts;
        try (MemoryDump held = MemoryDump.runAndHold(HoldsASecret.class.getName(), seed)) {
            assertThat(held.exitCode()).as(held.output()).isZero();
            counts = held.dumpAndCount(dir, () -> List.of(SecretForms.of("kept", kept), SecretForms.of("wiped", wiped)));
        }
        assertThat(counts.get("kept: raw")).isPositive();
        assertThat(counts.get("kept: raw half 2")).isPositive();
        assertThat(counts.get("kept: hex upper")).isPositive();
        assertThat(counts.get("kept: base64 (UTF-16)")).isPositive();
        assertThat(counts.get("kept: hex lower")).as("not a form the process made").isZero();
        assertThat(CeremonyDump.found(counts)).noneSatisfy((form, count) -> assertThat(form).startsWith("wiped"));
        assertThat(dir).isEmptyDirectory();
    }
}
