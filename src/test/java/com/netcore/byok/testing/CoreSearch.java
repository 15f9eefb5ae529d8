package com.netcore.byok.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts every occurrence of many byte patterns in a large file, streaming it in chunks (a core dump is hundreds
 * of megabytes): a table of the patterns' first two bytes filters positions, then candidates are compared.
 */
final class CoreSearch {
    private static final int CHUNK = 16 * 1024 * 1024;

    private CoreSearch() {
    }

    /** Occurrences per label, in the order given; overlapping occurrences are all counted. */
    static Map<String, Long> count(Path file, List<Map.Entry<String, byte[]>> patterns) throws IOException {
        int maxLength = patterns.stream().mapToInt(p -> p.getValue().length).max().orElse(2);
        @SuppressWarnings("unchecked")
        List<Integer>[] byPrefix = new List[65536];
        for (int i = 0; i < patterns.size(); i++) {
            byte[] pattern = patterns.get(i).getValue();
            if (pattern.length < 2) {
                throw new IllegalArgumentException("pattern too short: " + patterns.get(i).getKey());
            }
            int prefix = prefix(pattern, 0);
            if (byPrefix[prefix] == null) {
                byPrefix[prefix] = new ArrayList<>();
            }
            byPrefix[prefix].add(i);
        }
        long[] counts = new long[patterns.size()];
        byte[] buffer = new byte[CHUNK + maxLength];
        try (InputStream in = Files.newInputStream(file)) {
            int filled = 0;
            while (true) {
                int read = in.readNBytes(buffer, filled, buffer.length - filled);
                filled += read;
                boolean last = filled < buffer.length;
                int scanEnd = last ? filled - 1 : filled - (maxLength - 1);
                for (int p = 0; p < scanEnd; p++) {
                    List<Integer> candidates = byPrefix[prefix(buffer, p)];
                    if (candidates == null) {
                        continue;
                    }
                    for (int index : candidates) {
                        byte[] pattern = patterns.get(index).getValue();
                        if (p + pattern.length <= filled
                                && Arrays.equals(buffer, p, p + pattern.length, pattern, 0, pattern.length)) {
                            counts[index]++;
                        }
                    }
                }
                if (last) {
                    break;
                }
                System.arraycopy(buffer, scanEnd, buffer, 0, filled - scanEnd);
                filled -= scanEnd;
            }
        }
        Map<String, Long> result = new LinkedHashMap<>();
        for (int i = 0; i < patterns.size(); i++) {
            result.merge(patterns.get(i).getKey(), counts[i], Long::sum);
        }
        return result;
    }

    private static int prefix(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) << 8 | (bytes[at + 1] & 0xFF);
    }
}
