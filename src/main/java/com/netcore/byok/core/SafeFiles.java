package com.netcore.byok.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** File reads with messages a person understands, and all-or-nothing writes of a set of files. */
public final class SafeFiles {
    private SafeFiles() {
    }

    /** Reads a small file whole; {@code what} names it in messages (e.g. "Key file /media/usb/key.hex"). */
    public static byte[] readSmall(Path file, String what, int maxBytes) {
        try {
            if (Files.isDirectory(file)) {
                throw new ByokException(what + " is a folder, not a file. Choose the file inside it.");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new ByokException(what + " is " + size + " bytes, far larger than expected (at most "
                        + maxBytes + "). Check that you chose the right file.");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ByokException(what + " does not exist. Check the path.");
        } catch (AccessDeniedException e) {
            throw new ByokException(what + " cannot be read: permission denied. Check the file's permissions.");
        } catch (IOException e) {
            throw new ByokException(what + " cannot be read: " + reason(e) + ".");
        }
    }

    /** Checks that {@code folder} exists and is a writable folder; the message says what to do if not. */
    public static void requireWritableFolder(Path folder) {
        requireWritableFolder(folder, "Output folder");
    }

    /** As above; {@code what} names the folder's role in messages (e.g. "Shares folder"). */
    public static void requireWritableFolder(Path folder, String what) {
        if (!Files.exists(folder)) {
            throw new ByokException(what + " " + folder + " does not exist. Create it or choose another folder.");
        }
        if (!Files.isDirectory(folder)) {
            throw new ByokException(what + " " + folder + " is a file, not a folder. Choose a folder.");
        }
        try {
            // a real write: isWritable() says yes to root on read-only folders and knows nothing of immutable flags
            Files.delete(Files.createTempFile(folder, ".byok-write-test", ".tmp"));
        } catch (IOException e) {
            throw new ByokException(what + " " + folder + " is not writable (" + reason(e)
                    + "; read-only medium or no permission). Choose a writable folder.");
        }
    }

    /** Checks, before any work, that {@code names} can be written into {@code folder}. */
    public static void requireRoomFor(Path folder, Collection<String> names, boolean overwrite) {
        requireWritableFolder(folder);
        if (!overwrite) {
            List<String> existing = names.stream()
                    .filter(name -> Files.exists(folder.resolve(name), LinkOption.NOFOLLOW_LINKS)).toList();
            if (!existing.isEmpty()) {
                throw new ByokException("Output folder " + folder + " already holds " + String.join(", ", existing)
                        + ". Choose an empty folder, or allow replacing the files (--force).");
            }
        }
    }

    /**
     * Writes every file of {@code contents} into {@code folder}, or none of them: each goes to a temporary
     * file in the same folder, is flushed to disk, and only then renamed into place. Existing files are
     * replaced only when {@code overwrite} is set.
     */
    public static void writeAll(Path folder, Map<String, byte[]> contents, boolean overwrite) {
        writeAll(List.of(new Batch(folder, contents, overwrite)));
    }

    /** Files for one folder of {@link #writeAll(List)}. */
    public record Batch(Path folder, Map<String, byte[]> contents, boolean overwrite) {
    }

    /**
     * Writes the files of every batch, possibly into several folders (e.g. the wrapped key and the key shares),
     * or none of them: all are staged and synced before the first is renamed into place, and a failure removes
     * whatever was already placed.
     */
    public static void writeAll(List<Batch> batches) {
        for (Batch batch : batches) {
            requireRoomFor(batch.folder(), batch.contents().keySet(), batch.overwrite());
        }
        Map<Path, Path> staged = new LinkedHashMap<>();
        Map<Path, Boolean> replace = new LinkedHashMap<>();
        List<Path> placed = new ArrayList<>();
        Map<Path, Path> previous = new LinkedHashMap<>(); // replaced file -> its copy, put back on failure
        Path folder = batches.isEmpty() ? null : batches.get(0).folder();
        try {
            for (Batch batch : batches) {
                folder = batch.folder();
                for (Map.Entry<String, byte[]> entry : batch.contents().entrySet()) {
                    Path temp = Files.createTempFile(folder, "." + entry.getKey() + ".", ".partial");
                    staged.put(temp, folder.resolve(entry.getKey()));
                    replace.put(temp, batch.overwrite());
                    writeAndSync(temp, entry.getValue());
                }
            }
            for (Map.Entry<Path, Path> move : staged.entrySet()) {
                folder = move.getValue().getParent();
                if (replace.get(move.getKey())) {
                    keepPrevious(move.getValue(), previous);
                    Files.move(move.getKey(), move.getValue(), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } else {
                    moveNoReplace(move.getKey(), move.getValue());
                }
                placed.add(move.getValue());
            }
            for (Batch batch : batches) {
                syncFolder(batch.folder());
            }
            previous.values().forEach(SafeFiles::deleteQuietly);
        } catch (IOException | RuntimeException e) {
            for (Path temp : staged.keySet()) {
                deleteQuietly(temp);
            }
            for (Path target : placed) {
                deleteQuietly(target);
            }
            previous.forEach(SafeFiles::restoreQuietly);
            if (e instanceof ByokException user) {
                throw user;
            }
            throw new ByokException("Could not write to output folder " + folder + ": " + reason(e)
                    + ". Nothing was written; check free space and permissions, then try again.", e);
        }
    }

    /** Before a file is replaced, keeps it under a hidden name so that a failed write can put it back. */
    private static void keepPrevious(Path target, Map<Path, Path> previous) throws IOException {
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileSystemException(target.toString(), null, target.getFileName() + " is a folder");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Path copy = target.resolveSibling("." + target.getFileName() + "." + System.nanoTime() + ".previous");
            Files.move(target, copy, StandardCopyOption.ATOMIC_MOVE);
            previous.put(target, copy);
        }
    }

    private static void restoreQuietly(Path target, Path copy) {
        try {
            Files.move(copy, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException ignored) {
            // best effort; the copy stays beside the target under its hidden name
        }
    }

    private static void moveNoReplace(Path source, Path target) throws IOException {
        try {
            // a hard link fails if the target exists: no window in which another file could be replaced
            Files.createLink(target, source);
            Files.delete(source);
        } catch (UnsupportedOperationException | IOException linkFailed) {
            if (linkFailed instanceof FileAlreadyExistsException) {
                throw new ByokException("Output file " + target + " appeared while writing. Nothing was replaced; "
                        + "choose an empty folder and try again.");
            }
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new ByokException("Output file " + target + " already exists. Choose an empty folder, "
                        + "or allow replacing the files (--force).");
            }
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE); // file systems without hard links
        }
    }

    private static void writeAndSync(Path file, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException notSupported) {
            // some platforms (Windows) cannot open a folder; the files themselves are already synced
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort while cleaning up after a failure
        }
    }

    static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
