package com.netcore.byok.paper;

import com.netcore.byok.core.ByokException;
import com.netcore.byok.core.KeyShare;
import com.netcore.byok.core.OffHeap;
import com.netcore.byok.core.SafeFiles;
import com.netcore.byok.core.ShareScheme;
import com.netcore.byok.core.ShareText;
import com.netcore.byok.core.ShareWriter;
import com.netcore.byok.core.WrappedKeyFiles;
import com.netcore.byok.core.WrittenShare;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shares as files: per share a text file ({@code share-2-of-5.txt}) and its printable sheet
 * ({@code share-2-of-5.pdf}), in a folder apart from the wrapped key; and reading a share back from a text file
 * or from an image of its QR code.
 */
public final class ShareFiles {
    static final String FOLDER = "Shares folder";
    static final int MAX_IMAGE_BYTES = 32 * 1024 * 1024;

    private ShareFiles() {
    }

    public static String textName(int number, int count) {
        return KeyShare.baseName(number, count) + ".txt";
    }

    public static String sheetName(int number, int count) {
        return KeyShare.baseName(number, count) + ".pdf";
    }

    /** Every file a split writes, in share order: text, then sheet. */
    public static List<String> names(ShareScheme scheme) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= scheme.count(); i++) {
            names.add(textName(i, scheme.count()));
            names.add(sheetName(i, scheme.count()));
        }
        return names;
    }

    /**
     * Refuses, before a key is made, a shares folder that is missing, unwritable, the wrap output folder itself,
     * or already holds share files of that name (shares are never replaced).
     */
    public static void checkFolder(Path folder, Path wrapOut, ShareScheme scheme) {
        SafeFiles.requireWritableFolder(folder, FOLDER);
        try {
            if (Files.isDirectory(wrapOut) && Files.isSameFile(folder, wrapOut)) {
                throw new ByokException(FOLDER + " " + folder + " is the output folder of the wrapped key. Keep the "
                        + "shares apart from it: choose another folder, best a separate medium per custodian.");
            }
        } catch (IOException e) {
            throw new ByokException(FOLDER + " " + folder + " cannot be compared with the output folder (" + e.getMessage()
                    + "). Choose another folder.");
        }
        List<String> existing = names(scheme).stream()
                .filter(name -> Files.exists(folder.resolve(name), LinkOption.NOFOLLOW_LINKS)).toList();
        if (!existing.isEmpty()) {
            throw new ByokException(FOLDER + " " + folder + " already holds " + String.join(", ", existing)
                    + ". Shares are never replaced: choose an empty folder.");
        }
    }

    /** The text files and sheets of {@code shares}, ready to be written with the wrapped key. */
    public static WrappedKeyFiles.SharesOut render(List<KeyShare> shares, Path folder) {
        Map<String, ByteBuffer> files = new LinkedHashMap<>();
        WrappedKeyFiles.SharesOut out = new WrappedKeyFiles.SharesOut(shares.get(0).scheme(), folder, files);
        try {
            for (KeyShare share : shares) {
                int count = share.scheme().count();
                try (WrittenShare written = ShareWriter.write(share)) {
                    files.put(textName(share.number(), count), written.textUtf8());
                    files.put(sheetName(share.number(), count), ByteBuffer.wrap(ShareSheet.pdf(share, written)));
                }
            }
        } catch (RuntimeException e) {
            out.wipe();
            throw e;
        }
        return out;
    }

    /**
     * Reads a share from a text share file, or from a PNG, JPEG, GIF or BMP image of its QR code. Devices, pipes
     * and other non-regular files are refused before reading; the file's bytes are wiped once read.
     */
    public static KeyShare read(Path file) {
        String what = "Share file " + file;
        if (Files.exists(file) && !Files.isDirectory(file) && !Files.isRegularFile(file)) {
            throw new ByokException(what + " is not a regular file (a device, pipe or socket). Choose the share's "
                    + "text file or an image of its QR code.");
        }
        ByteBuffer content = SafeFiles.readSmallOffHeap(file, what, MAX_IMAGE_BYTES);
        try {
            if (QrCodes.isImage(content)) {
                byte[] image = new byte[content.remaining()];
                content.duplicate().get(image);
                String payload = QrCodes.read(image, what);
                return ShareText.parse(payload, what + " (its QR code)");
            }
            if (content.remaining() > ShareText.MAX_FILE_BYTES) {
                throw new ByokException(what + " is " + content.remaining() + " bytes: neither a share file (at most "
                        + ShareText.MAX_FILE_BYTES + " bytes) nor a PNG or JPEG image. Check that you chose the right file.");
            }
            return ShareText.parse(content, what);
        } finally {
            OffHeap.wipe(content);
        }
    }
}
