package com.netcore.byok.core;

import java.nio.CharBuffer;
import java.util.List;

/**
 * Writes the share file, laid out so that a person can type it back from paper:
 * <pre>
 * # BYOK Wizard key share: any 3 of the 5 shares restore the key, fewer reveal nothing about it.
 * # Keep it apart from the other shares. To restore, type it back exactly or scan the sheet's QR code.
 * Format: 1
 * Key KCV (AES-CMAC): 3F2A91
 * Share number: 2
 * Shares made: 5
 * Shares needed: 3
 * Custodian: Alice Martin
 * Created: 2026-03-14
 * Data 1: 8E1C 04A7 D2F0 5B39 / 6C1E
 * Data 2: ...
 * Data 3: ...
 * Data 4: ...
 * Checksum: 9A1B 2C3D
 * </pre>
 * Each data line holds 8 share bytes in four groups and a check group ({@link ShareCodes}). Custodian and date
 * are labels, not covered by the checksum. The QR code holds the same share in one line:
 * {@code BYOK-SHARE:1:KCV:K:N:NUMBER:64 hex digits:8 hex digits}. Both are built off the heap ({@link OffHeap})
 * and wiped by {@link WrittenShare#close()}, never in a {@code String}.
 */
public final class ShareWriter {
    static final String FORMAT = "Format";
    static final String KCV = "Key KCV (AES-CMAC)";
    static final String NUMBER = "Share number";
    static final String MADE = "Shares made";
    static final String NEEDED = "Shares needed";
    static final String CUSTODIAN = "Custodian";
    static final String CREATED = "Created";
    static final String DATA = "Data";
    static final String CHECKSUM = "Checksum";
    static final String COMPACT_PREFIX = "BYOK-SHARE";
    static final List<String> LABELS = List.of(FORMAT, KCV, NUMBER, MADE, NEEDED, CUSTODIAN, CREATED,
            DATA + " 1", CHECKSUM);
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ShareWriter() {
    }

    /** The share's file text and QR payload, each built once; the caller closes it to wipe both. */
    public static WrittenShare write(KeyShare share) {
        return new WrittenShare(text(share), compact(share));
    }

    static CharBuffer text(KeyShare share) {
        ShareScheme scheme = share.scheme();
        Chars out = new Chars(700);
        out.append("# BYOK Wizard key share: any " + scheme.threshold() + " of the " + scheme.count()
                + " shares restore the key, fewer reveal nothing about it.\n");
        out.append("# Keep it apart from the other shares. To restore, type it back exactly or scan the sheet's QR code.\n");
        out.line(FORMAT, String.valueOf(KeyShare.FORMAT));
        out.line(KCV, share.kcv());
        out.line(NUMBER, String.valueOf(share.number()));
        out.line(MADE, String.valueOf(scheme.count()));
        out.line(NEEDED, String.valueOf(scheme.threshold()));
        if (!share.custodian().isEmpty()) {
            out.line(CUSTODIAN, share.custodian());
        }
        share.created().ifPresent(date -> out.line(CREATED, date.toString()));
        SecretKeyMaterial data = share.data();
        for (int n = 1; n <= ShareCodes.DATA_LINES; n++) {
            out.append(DATA + " " + n + ": ");
            int offset = (n - 1) * ShareCodes.LINE_BYTES;
            for (int i = 0; i < ShareCodes.LINE_BYTES; i += 2) {
                out.hex(data, offset + i, 2);
                out.append(" ");
            }
            int check = ShareCodes.lineCheck(data, offset, n);
            out.append("/ ");
            out.hex(new byte[] {(byte) (check >> 8), (byte) check}, 0, 2); // check digits reveal nothing alone
            out.append("\n");
        }
        byte[] checksum = ShareCodes.checksum(share.kcv(), scheme, share.number(), data);
        out.append(CHECKSUM + ": ");
        out.hex(checksum, 0, 2);
        out.append(" ");
        out.hex(checksum, 2, 2);
        out.append("\n");
        return out.finish();
    }

    static CharBuffer compact(KeyShare share) {
        Chars out = new Chars(120);
        out.append(COMPACT_PREFIX + ":" + KeyShare.FORMAT + ":" + share.kcv() + ":" + share.scheme().threshold() + ":"
                + share.scheme().count() + ":" + share.number() + ":");
        SecretKeyMaterial data = share.data();
        out.hex(data, 0, data.length());
        out.append(":");
        out.hex(ShareCodes.checksum(share.kcv(), share.scheme(), share.number(), data), 0, ShareCodes.CHECKSUM_BYTES);
        return out.finish();
    }

    /** A growable off-heap char buffer that wipes every buffer it leaves behind. */
    private static final class Chars {
        private CharBuffer chars;

        Chars(int capacity) {
            chars = OffHeap.chars(capacity);
        }

        void append(String text) {
            room(text.length());
            chars.put(text);
        }

        void line(String label, String value) {
            append(label + ": " + value + "\n");
        }

        void hex(byte[] bytes, int offset, int count) {
            room(count * 2);
            for (int i = offset; i < offset + count; i++) {
                digits(bytes[i]);
            }
        }

        /** A share's bytes as hex, read in place. */
        void hex(SecretKeyMaterial bytes, int offset, int count) {
            room(count * 2);
            for (int i = offset; i < offset + count; i++) {
                digits(bytes.get(i));
            }
        }

        private void digits(byte b) {
            chars.put(HEX[(b >> 4) & 0xF]);
            chars.put(HEX[b & 0xF]);
        }

        private void room(int more) {
            if (chars.remaining() < more) {
                CharBuffer bigger = OffHeap.chars(Math.max(chars.capacity() * 2, chars.position() + more));
                bigger.put(chars.duplicate().flip());
                OffHeap.wipe(chars);
                chars = bigger;
            }
        }

        /** The text, from position 0 to its limit. */
        CharBuffer finish() {
            return chars.flip();
        }
    }
}
