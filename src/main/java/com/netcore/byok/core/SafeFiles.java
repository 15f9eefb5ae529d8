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
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** File reads with messages a person understands, and all-or-nothing writes of a set of files. */
public final class SafeFiles {
    private SafeFiles() {
    }

    /**
     * Reads a small regular file whole; {@code what} names it in messages (e.g. "Key file /media/usb/key.hex").
     * Every file the tool reads comes through here: devices, named pipes, sockets and folders are refused
     * before they are opened (a pipe would block, /dev/zero never ends), and at most {@code maxBytes + 1}
     * bytes are ever read, whatever size the file claims.
     */
    public static byte[] readSmall(Path file, String what, int maxBytes) {
        ByteBuffer buffer = readSmallOffHeap(file, what, maxBytes);
        try {
            byte[] content = new byte[buffer.remaining()];
            buffer.get(content);
            return content;
        } finally {
            OffHeap.wipe(buffer);
        }
    }

    /**
     * As {@link #readSmall}, into a direct buffer ({@link OffHeap}; position 0 to the file's length) that the
     * caller wipes: for files that hold a secret in text the parser reads in place.
     */
    public static ByteBuffer readSmallOffHeap(Path file, String what, int maxBytes) {
        ByteBuffer buffer = null;
        boolean read = false;
        try {
            Path regular = requireRegularFile(file, what, maxBytes);
            // a direct buffer is filled by the read itself; the JDK's own temporary buffers (never wiped) are
            // skipped, and this one is zeroed below, so a key or share file leaves no copy behind
            long claimed = Files.size(regular); // 0 for files such as /proc's, which hold more: read to the bound
            int expected = claimed == 0 ? maxBytes : (int) Math.min(maxBytes, claimed);
            buffer = ByteBuffer.allocateDirect(expected + 1); // one byte more: a file that grows is noticed
            try (FileChannel channel = FileChannel.open(regular, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
                while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                    // read until the end of the file or one byte past what it claimed
                }
            }
            if (buffer.position() > maxBytes) {
                throw new ByokException(what + " holds more than " + maxBytes + " bytes, far larger than expected "
                        + "(at most " + maxBytes + "). Check that you chose the right file.");
            }
            if (buffer.position() > expected) {
                throw new ByokException(what + " changed while it was being read. Wait until it is complete, then "
                        + "try again.");
            }
            read = true;
            return buffer.flip();
        } catch (NoSuchFileException e) {
            throw new ByokException(what + " does not exist. Check the path.");
        } catch (AccessDeniedException e) {
            throw new ByokException(what + " cannot be read: permission denied. Check the file's permissions.");
        } catch (IOException e) {
            throw new ByokException(what + " cannot be read: " + reason(e) + ".");
        } finally {
            if (buffer != null && !read) {
                OffHeap.wipe(buffer);
            }
        }
    }

    /**
     * The file to open: {@code file} itself, or the target of a symbolic link, checked to be a regular file
     * without following any further link, so that opening it can neither block nor run forever.
     */
    private static Path requireRegularFile(Path file, String what, int maxBytes) throws IOException {
        Path target = file;
        BasicFileAttributes attributes = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attributes.isSymbolicLink()) {
            target = file.toRealPath();
            attributes = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        }
        if (attributes.isDirectory()) {
            throw new ByokException(what + " is a folder, not a file. Choose the file inside it.");
        }
        if (!attributes.isRegularFile()) {
            throw new ByokException(what + " is not a regular file (it is " + kindOf(target)
                    + "), so it cannot hold what is expected here. Choose the file itself.");
        }
        if (attributes.size() > maxBytes) {
            throw new ByokException(what + " is " + attributes.size() + " bytes, far larger than expected (at most "
                    + maxBytes + "). Check that you chose the right file.");
        }
        return target;
    }

    private static String kindOf(Path file) {
        try {
            Object mode = Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            int type = ((Integer) mode) & 0170000;
            return switch (type) {
                case 0020000 -> "a character device such as /dev/zero";
                case 0060000 -> "a block device";
                case 0010000 -> "a named pipe (FIFO)";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | RuntimeException noUnixView) {
            return "a device, pipe or other special file";
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
        writeAll(List.of(Batch.of(folder, contents, overwrite)));
    }

    /**
     * Files for one folder of {@link #writeAll(List)}: each name's content from position 0 to its limit. A direct
     * buffer ({@link OffHeap}) is written as it is, without the JDK's temporary copy that a heap buffer gets.
     */
    public record Batch(Path folder, Map<String, ByteBuffer> contents, boolean overwrite) {
        public static Batch of(Path folder, Map<String, byte[]> contents, boolean overwrite) {
            Map<String, ByteBuffer> wrapped = new LinkedHashMap<>();
            contents.forEach((name, bytes) -> wrapped.put(name, ByteBuffer.wrap(bytes)));
            return new Batch(folder, wrapped, overwrite);
        }
    }

    /**
     * Writes the files of every batch, possibly into several folders (e.g. the wrapped key and the key shares),
     * or none of them: all are staged and synced before the first is renamed into place. A file being replaced
     * is first moved aside under a hidden name in its folder; a failure removes whatever was already placed and
     * puts the replaced files back, and the aside copies are deleted only once every file is in place.
     */
    public static void writeAll(List<Batch> batches) {
        for (Batch batch : batches) {
            requireRoomFor(batch.folder(), batch.contents().keySet(), batch.overwrite());
        }
        Map<Path, Path> staged = new LinkedHashMap<>();
        Map<Path, Boolean> replace = new LinkedHashMap<>();
        Map<Path, Path> asideOf = new LinkedHashMap<>();
        List<Path> placeholders = new ArrayList<>();
        List<Path> placed = new ArrayList<>();
        Path folder = batches.isEmpty() ? null : batches.get(0).folder();
        try {
            for (Batch batch : batches) {
                folder = batch.folder();
                for (Map.Entry<String, ByteBuffer> entry : batch.contents().entrySet()) {
                    Path temp = Files.createTempFile(folder, "." + entry.getKey() + ".", ".partial");
                    staged.put(temp, folder.resolve(entry.getKey()));
                    replace.put(temp, batch.overwrite());
                    writeAndSync(temp, entry.getValue());
                }
            }
            for (Map.Entry<Path, Path> move : staged.entrySet()) {
                Path target = move.getValue();
                folder = target.getParent();
                if (replace.get(move.getKey())) {
                    if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                        throw new FileSystemException(target.toString(), null, target.getFileName() + " is a folder");
                    }
                    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                        Path aside = Files.createTempFile(folder, "." + target.getFileName() + ".", ".replaced");
                        placeholders.add(aside);
                        Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                        asideOf.put(target, aside);
                    }
                    Files.move(move.getKey(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    moveNoReplace(move.getKey(), target);
                }
                placed.add(target);
            }
            for (Batch batch : batches) {
                syncFolder(batch.folder());
            }
        } catch (IOException | RuntimeException e) {
            staged.keySet().forEach(SafeFiles::deleteQuietly);
            List<Path> notRestored = rollBack(placed, asideOf);
            placeholders.stream().filter(p -> !notRestored.contains(p)).forEach(SafeFiles::deleteQuietly);
            if (!notRestored.isEmpty()) {
                throw new ByokException("Could not write to output folder " + folder + ": " + reason(e) + ", and the "
                        + "previous files could not all be put back; they are kept as " + notRestored
                        + ". Rename them back before trying again.", e);
            }
            if (e instanceof ByokException user) {
                throw user;
            }
            throw new ByokException("Could not write to output folder " + folder + ": " + reason(e)
                    + ". Nothing was written; check free space and permissions, then try again.", e);
        }
        placeholders.forEach(SafeFiles::deleteQuietly);
    }

    /** Removes the newly placed files and puts replaced ones back; returns the aside copies that stayed. */
    private static List<Path> rollBack(List<Path> placed, Map<Path, Path> asideOf) {
        for (Path target : placed) {
            if (!asideOf.containsKey(target)) {
                deleteQuietly(target);
            }
        }
        List<Path> notRestored = new ArrayList<>();
        for (Map.Entry<Path, Path> aside : asideOf.entrySet()) {
            try {
                Files.move(aside.getValue(), aside.getKey(), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException | RuntimeException stillAside) {
                notRestored.add(aside.getValue());
            }
        }
        return notRestored;
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

    private static void writeAndSync(Path file, ByteBuffer content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = content.duplicate();
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
