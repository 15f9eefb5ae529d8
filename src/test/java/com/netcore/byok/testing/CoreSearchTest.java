package com.netcore.byok.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoreSearchTest {
    @Test
    void countsEveryOccurrenceAcrossChunksOverlapsAndTheEnd(@TempDir Path dir) throws Exception {
        byte[] pattern = "0123456789ABCDEF0123".getBytes();
        byte[] other = "ZZYYXXWWVVUUTTSS".getBytes();
        byte[] content = new byte[16 * 1024 * 1024 + 100];
        put(content, 5, pattern);
        put(content, 16 * 1024 * 1024 - 7, pattern); // straddles the first chunk's end
        put(content, 1000, "0123456789ABCDEF0123456789ABCDEF0123".getBytes()); // two, overlapping
        put(content, content.length - other.length, other); // the very end
        Path file = Files.write(dir.resolve("core"), content);

        Map<String, Long> counts = CoreSearch.count(file, List.of(Map.entry("pattern", pattern),
                Map.entry("other", other), Map.entry("absent", "not there at all".getBytes())));

        assertThat(counts).containsExactly(Map.entry("pattern", 4L), Map.entry("other", 1L), Map.entry("absent", 0L));
    }

    private static void put(byte[] target, int at, byte[] bytes) {
        System.arraycopy(bytes, 0, target, at, bytes.length);
    }
}
