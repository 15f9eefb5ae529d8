package com.netcore.byok.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a small file that holds a secret (a key or a component) without leaving a copy behind: the JDK's
 * readers pass the bytes through buffers of their own (a per-thread native buffer, a stack buffer) that are
 * never wiped. Here the file is read straight into a native buffer that is zeroed after the copy out.
 * For key, component and share files alike.
 */
public final class SecretFiles {
    private SecretFiles() {
    }

    /** The content of {@code file}, a regular file of at most {@code maxBytes}; the caller wipes the result. */
    public static byte[] read(Path file, String what, int maxBytes) {
        ByteBuffer buffer = null;
        try {
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
                throw new ByokException(what + " is not a regular file (it is a device, pipe or other special file). "
                        + "Choose the file itself.");
            }
            if (attributes.size() > maxBytes) {
                throw new ByokException(what + " is " + attributes.size() + " bytes, far larger than expected (at most "
                        + maxBytes + "). Check that you chose the right file.");
            }
            // sized to the file plus one byte, so that a file that grows while it is read is noticed
            buffer = ByteBuffer.allocateDirect((int) attributes.size() + 1);
            try (FileChannel channel = FileChannel.open(target, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
                while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                    // a direct buffer is filled by the read call itself, with no temporary copy
                }
            }
            if (!buffer.hasRemaining()) {
                throw new ByokException(what + " changed while it was being read. Wait until it is complete, then "
                        + "try again.");
            }
            byte[] content = new byte[buffer.position()];
            buffer.flip().get(content);
            return content;
        } catch (NoSuchFileException e) {
            throw new ByokException(what + " does not exist. Check the path.");
        } catch (AccessDeniedException e) {
            throw new ByokException(what + " cannot be read: permission denied. Check the file's permissions.");
        } catch (IOException e) {
            throw new ByokException(what + " cannot be read: " + SafeFiles.reason(e) + ".");
        } finally {
            if (buffer != null) {
                wipe(buffer);
            }
        }
    }

    private static void wipe(ByteBuffer buffer) {
        buffer.clear();
        buffer.put(new byte[buffer.capacity()]);
    }
}
