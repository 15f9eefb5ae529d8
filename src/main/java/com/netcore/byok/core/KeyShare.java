package com.netcore.byok.core;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import javax.security.auth.Destroyable;

/**
 * One custodian's Shamir share of a key: public facts (the key's check value, K-of-N, the share's number,
 * the custodian's name) and the share's 32 bytes, held in a {@link SecretKeyMaterial} and wiped by
 * {@link #close()}. One share alone reveals nothing about the key; {@code threshold} of them restore it,
 * so treat each like a key component. Never shown by {@code toString}.
 */
public final class KeyShare implements Destroyable, AutoCloseable {
    /** The share file format this tool writes and reads. */
    public static final int FORMAT = 1;
    static final int MAX_CUSTODIAN_CHARS = 48;

    private final String kcv;
    private final ShareScheme scheme;
    private final int number;
    private final String custodian;
    private final Optional<LocalDate> created;
    private final SecretKeyMaterial data;

    KeyShare(String kcv, ShareScheme scheme, int number, String custodian, Optional<LocalDate> created,
             SecretKeyMaterial data) {
        if (number < 1 || number > scheme.count()) {
            throw new IllegalArgumentException("share number " + number + " outside 1.." + scheme.count());
        }
        this.kcv = kcv;
        this.scheme = scheme;
        this.number = number;
        this.custodian = custodian;
        this.created = created;
        this.data = data;
    }

    /** The check value of the whole key, {@code KCV (AES-CMAC)}: the same as on the wrap receipt. */
    public String kcv() {
        return kcv;
    }

    public ShareScheme scheme() {
        return scheme;
    }

    /** 1 to N; Shamir's x coordinate of this share. */
    public int number() {
        return number;
    }

    /** The custodian's name, or empty when none was given. */
    public String custodian() {
        return custodian;
    }

    public Optional<LocalDate> created() {
        return created;
    }

    /** The file name without extension: {@code share-2-of-5}. */
    public String baseName() {
        return baseName(number, scheme.count());
    }

    public static String baseName(int number, int count) {
        return "share-" + number + "-of-" + count;
    }

    /** Same key and same split (KCV, K and N); says nothing about the share numbers. */
    public boolean sameSplitAs(KeyShare other) {
        return kcv.equals(other.kcv) && scheme.equals(other.scheme);
    }

    /** Constant-time comparison of the share bytes (tests, and checking a re-read share). */
    public boolean sameDataAs(KeyShare other) {
        return data.sameBytesAs(other.data);
    }

    /** The share's bytes, read in place by code in {@code core}; the share still owns them. */
    SecretKeyMaterial data() {
        return data;
    }

    /** A custodian's name as it goes into the share file and onto the sheet: trimmed, checked, or a clear error. */
    public static String checkCustodian(String name) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            throw new ByokException("A custodian name is empty. Give each custodian's name, or none at all.");
        }
        if (trimmed.length() > MAX_CUSTODIAN_CHARS) {
            throw new ByokException("Custodian name '" + trimmed.substring(0, 20) + "...' is " + trimmed.length()
                    + " characters long. Use at most " + MAX_CUSTODIAN_CHARS + " (it must fit on the sheet).");
        }
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            boolean printable = (c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c <= 0xFF);
            if (!printable) {
                throw new ByokException("Custodian name '" + trimmed + "' has character "
                        + String.format(Locale.ROOT, "U+%04X", (int) c) + ", which the printed sheet cannot show. "
                        + "Use Latin letters, digits and punctuation.");
            }
        }
        return trimmed;
    }

    @Override
    public void destroy() {
        data.destroy();
    }

    @Override
    public boolean isDestroyed() {
        return data.isDestroyed();
    }

    @Override
    public void close() {
        destroy();
    }

    @Override
    public String toString() {
        return "KeyShare[" + number + " of " + scheme.count() + ", " + scheme.threshold() + " needed, KCV " + kcv
                + (isDestroyed() ? ", destroyed]" : ", data hidden]");
    }
}
