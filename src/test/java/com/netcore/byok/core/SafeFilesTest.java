package com.netcore.byok.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.netcore.byok.testing.FolderState;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeFilesTest {
    @TempDir
    Path dir;

    private static Map<String, byte[]> three() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("a.bin", new byte[] {1, 2, 3});
        files.put("b.sha256", "b\n".getBytes());
        files.put("c.txt", "c\n".getBytes());
        return files;
    }

    @Test
    void writesEveryFileAndLeavesNoTemporaryFiles() throws Exception {
        SafeFiles.writeAll(dir, three(), false);
        assertThat(FolderState.names(dir)).containsExactly("a.bin", "b.sha256", "c.txt");
        assertThat(Files.readAllBytes(dir.resolve("a.bin"))).containsExactly(1, 2, 3);
    }

    @Test
    void aFailureWhilePlacingTheLastFileRemovesTheOnesAlreadyPlaced() throws Exception {
        Files.createDirectory(dir.resolve("c.txt"));
        Files.writeString(dir.resolve("c.txt").resolve("inside"), "makes the folder impossible to replace");

        assertThatThrownBy(() -> SafeFiles.writeAll(dir, three(), true))
                .isInstanceOf(ByokException.class)
                .hasMessageContaining("Could not write to output folder " + dir)
                .hasMessageContaining("Nothing was written");
        assertThat(FolderState.names(dir)).containsExactly("c.txt");
    }

    @Test
    void refusesExistingFilesUnlessAskedAndNamesThem() throws Exception {
        Files.writeString(dir.resolve("b.sha256"), "old");
        assertThatThrownBy(() -> SafeFiles.writeAll(dir, three(), false))
                .hasMessage("Output folder " + dir + " already holds b.sha256. Choose an empty folder, or allow replacing "
                        + "the files (--force).");
        assertThat(Files.readString(dir.resolve("b.sha256"))).isEqualTo("old");
        SafeFiles.writeAll(dir, three(), true);
        assertThat(Files.readString(dir.resolve("b.sha256"))).isEqualTo("b\n");
        assertThat(FolderState.names(dir)).containsExactly("a.bin", "b.sha256", "c.txt");
    }

    @Test
    void readingExplainsMissingFoldersAndOversizedFiles() throws Exception {
        assertThatThrownBy(() -> SafeFiles.readSmall(dir.resolve("x"), "Key file x", 10))
                .hasMessage("Key file x does not exist. Check the path.");
        assertThatThrownBy(() -> SafeFiles.readSmall(dir, "Key file d", 10)).hasMessageContaining("is a folder, not a file");
        Files.write(dir.resolve("big"), new byte[11]);
        assertThatThrownBy(() -> SafeFiles.readSmall(dir.resolve("big"), "Key file big", 10))
                .hasMessageContaining("is 11 bytes, far larger than expected (at most 10)");
    }

    @Test
    void aDeviceIsRefusedAtOnceWithoutReadingIt() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
                assertThatThrownBy(() -> SafeFiles.readSmall(zero, "Key file /dev/zero", 64 * 1024))
                        .isInstanceOf(ByokException.class)
                        .hasMessage("Key file /dev/zero is not a regular file (it is a character device such as /dev/zero), "
                                + "so it cannot hold what is expected here. Choose the file itself."));
    }

    @Test
    void aNamedPipeIsRefusedWithoutOpeningIt() throws Exception {
        Path fifo = dir.resolve("fifo");
        assumeTrue(run("mkfifo", fifo.toString()), "mkfifo is not available");
        // opening a pipe with no writer blocks forever: the refusal must come from its type alone
        assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
                assertThatThrownBy(() -> SafeFiles.readSmall(fifo, "Key file fifo", 64 * 1024))
                        .hasMessageStartingWith("Key file fifo is not a regular file (it is a named pipe (FIFO))"));
    }

    @Test
    void aSocketAndALinkToADeviceAreRefused() throws Exception {
        Path socket = dir.resolve("socket");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            assertThatThrownBy(() -> SafeFiles.readSmall(socket, "Share file socket", 64 * 1024))
                    .hasMessageStartingWith("Share file socket is not a regular file (it is a socket)");
        }
        Path link = Files.createSymbolicLink(dir.resolve("key.hex"), Path.of("/dev/zero"));
        assertThatThrownBy(() -> SafeFiles.readSmall(link, "Key file key.hex", 64 * 1024))
                .hasMessageStartingWith("Key file key.hex is not a regular file (it is a character device");
        Files.delete(link);
        Files.writeString(dir.resolve("real.hex"), "abc");
        Path good = Files.createSymbolicLink(dir.resolve("good.hex"), dir.resolve("real.hex"));
        assertThat(SafeFiles.readSmall(good, "Key file good.hex", 10)).containsExactly('a', 'b', 'c');
    }

    @Test
    void aFileLargerThanItsClaimedSizeIsReadOnlyUpToTheBound() {
        Path status = Path.of("/proc/self/status"); // a regular file that reports size 0 but holds about 1 KB
        assumeTrue(Files.isRegularFile(status), "no /proc here");
        assertThatThrownBy(() -> SafeFiles.readSmall(status, "Receipt status", 100))
                .hasMessage("Receipt status holds more than 100 bytes, far larger than expected (at most 100). "
                        + "Check that you chose the right file.");
    }

    @Test
    void aFailedReplaceLeavesThePreviousFilesInPlace() throws Exception {
        Files.writeString(dir.resolve("a.bin"), "old a");
        Files.writeString(dir.resolve("b.sha256"), "old b");
        Files.writeString(dir.resolve("c.txt"), "old c");
        assumeTrue(run("chattr", "+i", dir.resolve("c.txt").toString()), "chattr +i is not available");
        try {
            assertThatThrownBy(() -> SafeFiles.writeAll(dir, three(), true))
                    .hasMessageContaining("Could not write to output folder " + dir)
                    .hasMessageContaining("Nothing was written");
        } finally {
            run("chattr", "-i", dir.resolve("c.txt").toString());
        }
        assertThat(Files.readString(dir.resolve("a.bin"))).isEqualTo("old a");
        assertThat(Files.readString(dir.resolve("b.sha256"))).isEqualTo("old b");
        assertThat(Files.readString(dir.resolve("c.txt"))).isEqualTo("old c");
        assertThat(FolderState.names(dir)).containsExactly("a.bin", "b.sha256", "c.txt");
    }

    @Test
    void aSuccessfulReplaceLeavesNoAsideCopies() throws Exception {
        Files.writeString(dir.resolve("a.bin"), "old a");
        SafeFiles.writeAll(dir, three(), true);
        assertThat(FolderState.names(dir)).containsExactly("a.bin", "b.sha256", "c.txt");
        assertThat(Files.readAllBytes(dir.resolve("a.bin"))).containsExactly(1, 2, 3);
    }

    private static boolean run(String... command) throws Exception {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (java.io.IOException notInstalled) {
            return false;
        }
    }
}
