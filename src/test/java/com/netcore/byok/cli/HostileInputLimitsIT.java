package com.netcore.byok.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.netcore.byok.core.WrappingAlgorithm;
import com.netcore.byok.paper.ShareImageInputTest;
import com.netcore.byok.testing.CeremonyDump;
import com.netcore.byok.testing.MemoryDump;
import com.netcore.byok.testing.Params;
import com.netcore.byok.testing.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11's limits for hostile input, measured in a child JVM with the JVM's default heap (as installed): each
 * refused with one line, exit 1, within 2 seconds of the command starting, and the process's peak resident
 * memory under 300 MB. Before the fix, {@code inspect /dev/zero} ran 35 s and grew to 5.5 GB, a FIFO hung, a
 * PNG bomb took 31 s and 3.4 GB, and a 256 KB README line took minutes.
 */
class HostileInputLimitsIT {
    static final long MAX_MILLIS = 2_000;
    static final long MAX_RESIDENT = 300L * 1024 * 1024;
    static final List<String> DEFAULT_HEAP = List.of("-XX:-UsePerfData", "-Djava.awt.headless=true");

    @TempDir
    Path dir;

    @Test
    void inspectOfDevZero() throws Exception {
        refusedFast("inspect /dev/zero", "/dev/zero is not a regular file", "inspect", "/dev/zero");
    }

    @Test
    void aKeyFileThatIsANamedPipe() throws Exception {
        Path fifo = dir.resolve("key.hex");
        BadInputCorpusTest.mkfifo(fifo);
        refusedFast("--key-file FIFO", "key.hex is not a regular file (it is a named pipe (FIFO))", "wrap", "--params",
                params().toString(), "--key-file", fifo.toString(), "--out", out().toString());
    }

    @Test
    void aShareImageThatDeclares23000By23000Pixels() throws Exception {
        Path bomb = Files.write(dir.resolve("bomb.png"), ShareImageInputTest.pngDeclaring(23_000, 23_000));
        Path other = Files.write(dir.resolve("other.png"), ShareImageInputTest.pngDeclaring(23_000, 23_000));
        refusedFast("--share-file PNG bomb", "is 23000 x 23000 pixels, too large", "wrap", "--params",
                params().toString(), "--share-file", bomb.toString(), "--share-file", other.toString(), "--out",
                out().toString());
    }

    @Test
    void aReadmeWithA256KbLine() throws Exception {
        Path params = params();
        Files.writeString(params.resolve("README.txt"), "RSAES_OAEP_SHA_256\nExpires 2026-12-01 10:00"
                + " ".repeat(256 * 1024) + "x\n");
        refusedFast("README with a 256 KB line", "far larger than expected (at most 65536)", "inspect",
                params.toString());
    }

    private void refusedFast(String label, String message, String... args) throws Exception {
        try (MemoryDump held = MemoryDump.runAndHold(DEFAULT_HEAP, CeremonyDump.CLI, args)) {
            long resident = held.peakResidentBytes();
            System.out.println("[hostile input] " + label + ": exit " + held.exitCode() + ", " + held.commandMillis()
                    + " ms, peak resident " + resident / (1024 * 1024) + " MB: " + held.output().strip());
            assertThat(held.exitCode()).as(held.output()).isEqualTo(1);
            assertThat(held.output().strip()).contains(message).doesNotContain("Exception", "\tat ");
            assertThat(held.output().strip().lines()).as("one line").hasSize(1);
            assertThat(held.commandMillis()).as("milliseconds until refused").isLessThan(MAX_MILLIS);
            assertThat(resident).as("peak resident bytes").isLessThan(MAX_RESIDENT);
        }
    }

    private Path params() throws Exception {
        return Params.folder(dir.resolve("params"), TestKeys.rsa(2048), WrappingAlgorithm.RSAES_OAEP_SHA_256,
                Duration.ofHours(5));
    }

    private Path out() throws Exception {
        return Files.createDirectories(dir.resolve("out"));
    }
}
