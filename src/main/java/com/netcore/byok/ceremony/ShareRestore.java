package com.netcore.byok.ceremony;

import com.netcore.byok.core.AssembledKey;
import com.netcore.byok.core.KeyShare;
import com.netcore.byok.core.ShareCheck;
import com.netcore.byok.core.ShareSet;
import com.netcore.byok.core.ShareText;
import com.netcore.byok.paper.ShareFiles;
import java.nio.file.Path;
import java.util.List;

/**
 * Restoring a key from custodians' shares, one share at a time: from share files, images of a sheet's QR code,
 * or text typed from a sheet. Each share is checked against the others on arrival; the key is rebuilt once
 * enough are in. Owns the shares it was given and wipes them on {@link #close()} and after each restore.
 */
public final class ShareRestore implements AutoCloseable {
    private ShareSet shares = new ShareSet();

    /** Reads a share file or decodes a scanned sheet's QR code; slow for images, so front ends call it off the UI thread. */
    public static KeyShare read(Path file) {
        return ShareFiles.read(file);
    }

    /** Live feedback while a share is typed: which line or group is wrong, or what is still missing. */
    public static ShareCheck check(CharSequence typed) {
        return ShareText.check(typed);
    }

    /** Parses a share typed from its sheet; {@code what} names it in errors. */
    public static KeyShare parse(CharSequence typed, String what) {
        return ShareText.parse(typed, what);
    }

    /** Adds {@code share} read from {@code source}; a refused share is wiped and the error says why. */
    public void add(KeyShare share, String source) {
        shares.add(share, source);
    }

    /** Reads each file and adds its share; {@code onAdded} sees each share as it is added (for a report). */
    public void addFiles(List<Path> files, java.util.function.BiConsumer<KeyShare, Path> onAdded) {
        for (Path file : files) {
            KeyShare share = read(file);
            shares.add(share, "Share file " + file);
            onAdded.accept(share, file);
        }
    }

    public int size() {
        return shares.size();
    }

    public int threshold() {
        return shares.threshold();
    }

    /** How many more shares are needed; 0 when enough are in (or none yet). */
    public int missing() {
        return shares.missing();
    }

    public boolean complete() {
        return shares.complete();
    }

    /**
     * Rebuilds the key from every share given, checked against the KCV the shares carry; the caller owns the key.
     * The shares are wiped afterwards, whether the restore succeeded or not, so the next share starts a new set.
     */
    public AssembledKey restore() {
        try {
            return shares.restore();
        } finally {
            discard();
        }
    }

    /** Wipes every share given so far and starts again. */
    public void discard() {
        shares.close();
        shares = new ShareSet();
    }

    @Override
    public void close() {
        shares.close();
    }
}
