package com.netcore.byok.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.netcore.byok.testing.FolderState;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
