package com.netcore.byok.core;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Shares gathered to restore a key: each one is checked on arrival against the first (same key KCV, same
 * K-of-N, a share number not yet seen), so the wizard and the command line can say at once what is wrong
 * and how many more are needed. Owns its shares and wipes them on {@link #close()}.
 */
public final class ShareSet implements AutoCloseable {
    private final List<KeyShare> shares = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();

    /**
     * Adds {@code share}, read from {@code source} (e.g. "Share file /media/usb/share-2-of-5.txt").
     * The set takes the share in every case: a refused share is wiped before the error is thrown.
     */
    public void add(KeyShare share, String source) {
        try {
            if (!shares.isEmpty()) {
                KeyShare first = shares.get(0);
                if (!share.kcv().equals(first.kcv())) {
                    throw new ByokException(source + " is a share of another key (KCV " + share.kcv() + ") than "
                            + sources.get(0) + " (KCV " + first.kcv() + "). Use shares of one key only; the KCV is "
                            + "on each sheet.");
                }
                if (!share.scheme().equals(first.scheme())) {
                    throw new ByokException(source + " comes from a " + share.scheme() + " split, but " + sources.get(0)
                            + " from a " + first.scheme() + " split of the same key. Shares of different splits do "
                            + "not combine; use shares of one split only.");
                }
                for (int i = 0; i < shares.size(); i++) {
                    if (shares.get(i).number() == share.number()) {
                        throw new ByokException(source + " is share " + share.number() + " of " + share.scheme().count()
                                + " again, like " + sources.get(i) + ". Each share counts once; bring another "
                                + "custodian's share.");
                    }
                }
            }
        } catch (ByokException refused) {
            share.destroy();
            throw refused;
        }
        shares.add(share);
        sources.add(source);
    }

    public int size() {
        return shares.size();
    }

    /** How many more shares are needed to restore the key; 0 when enough are here. */
    public int missing() {
        return shares.isEmpty() ? 0 : Math.max(0, threshold() - shares.size());
    }

    public boolean complete() {
        return !shares.isEmpty() && missing() == 0;
    }

    /** K, once a share is in. */
    public int threshold() {
        return first().scheme().threshold();
    }

    public ShareScheme scheme() {
        return first().scheme();
    }

    /** The key's check value the shares carry, once a share is in. */
    public String kcv() {
        return first().kcv();
    }

    /** The share numbers in the order they came. */
    public List<Integer> numbers() {
        return shares.stream().map(KeyShare::number).toList();
    }

    /**
     * Rebuilds the key from every share given and checks it against the KCV the shares carry.
     * The caller owns (and closes) the returned key.
     */
    public AssembledKey restore() {
        if (shares.isEmpty()) {
            throw new ByokException("No share was given. Give at least " + ShareScheme.MIN_THRESHOLD
                    + " shares of the key (the sheets say how many are needed).");
        }
        if (missing() > 0) {
            throw new ByokException("This key needs " + threshold() + " of its " + scheme().count() + " shares; "
                    + shares.size() + " " + (shares.size() == 1 ? "was" : "were") + " given (share"
                    + (shares.size() == 1 ? " " : "s ") + KeySource.listed(numbers()) + "). Bring " + missing() + " more share"
                    + (missing() == 1 ? "" : "s") + " from other custodians.");
        }
        SecretKeyMaterial key = KeyShares.combine(shares);
        String restoredKcv = key.kcv();
        if (!restoredKcv.equals(kcv()) || key.isAllZero()) {
            key.destroy();
            throw new ByokException("The shares restore a key with KCV " + restoredKcv + ", not the KCV " + kcv()
                    + " they were made for: they come from different splits of the key, or one was altered. "
                    + "Try another combination of shares.");
        }
        return new AssembledKey(key, KeySource.shares(scheme(), numbers()));
    }

    private KeyShare first() {
        if (shares.isEmpty()) {
            throw new IllegalStateException("no share yet");
        }
        return shares.get(0);
    }

    @Override
    public void close() {
        shares.forEach(KeyShare::destroy);
    }

    @Override
    public String toString() {
        return "ShareSet[" + shares.stream().map(s -> String.valueOf(s.number())).collect(Collectors.joining(","))
                + "]";
    }
}
