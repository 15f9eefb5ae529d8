package com.netcore.byok.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Lists a folder's files, hidden temporary files included, to prove a failure wrote nothing. */
public final class FolderState {
    private FolderState() {
    }

    public static List<String> names(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes a folder unwritable even for root (chmod, then the immutable flag); false if impossible here. */
    public static boolean makeReadOnly(Path folder) throws IOException, InterruptedException {
        folder.toFile().setWritable(false, false);
        if (probeWrite(folder)) {
            Process chattr = new ProcessBuilder("chattr", "+i", folder.toString()).redirectErrorStream(true).start();
            chattr.getInputStream().readAllBytes();
            chattr.waitFor();
        }
        return !probeWrite(folder);
    }

    public static void makeWritable(Path folder) throws IOException, InterruptedException {
        Process chattr = new ProcessBuilder("chattr", "-i", folder.toString()).redirectErrorStream(true).start();
        chattr.getInputStream().readAllBytes();
        chattr.waitFor();
        folder.toFile().setWritable(true, false);
    }

    private static boolean probeWrite(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
