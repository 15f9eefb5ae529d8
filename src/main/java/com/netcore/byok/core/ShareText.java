package com.netcore.byok.core;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a key share back, tolerantly: the share file's text, text typed from the sheet (line by line, with
 * or without labels, in any case, with spaces and '/' anywhere), or the one-line form a QR code holds. The
 * format is {@link ShareWriter}'s; the line checks are {@link ShareCodes}'. Errors point by line and group,
 * never quoting share digits.
 */
public final class ShareText {
    public static final int MAX_FILE_BYTES = 16 * 1024;

    private ShareText() {
    }

    /** Parses share text given as bytes (UTF-8); the caller wipes {@code content}. */
    public static KeyShare parse(byte[] content, String what) {
        return parse(ByteBuffer.wrap(content), what);
    }

    /**
     * Parses share text given as UTF-8 bytes from position to limit (e.g. a file read off the heap); the text is
     * decoded off the heap too ({@link OffHeap}) and wiped. The caller wipes {@code content}.
     */
    public static KeyShare parse(ByteBuffer content, String what) {
        ByteBuffer bytes = content.duplicate();
        int first = bytes.remaining() >= 2 ? bytes.get(bytes.position()) & 0xFF : 0;
        int second = bytes.remaining() >= 2 ? bytes.get(bytes.position() + 1) & 0xFF : 0;
        if ((first == 0xFF && second == 0xFE) || (first == 0xFE && second == 0xFF)) {
            throw new ByokException(what + " is UTF-16 text. Save it as plain ASCII or UTF-8 text.");
        }
        CharBuffer chars = OffHeap.chars(bytes.remaining());
        try {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            if (decoder.decode(bytes, chars, true).isError() || decoder.flush(chars).isError()) {
                throw new ByokException(what + " is not a key share: it holds binary data, not text. Choose a share "
                        + "file written by 'wrap --split', or a PNG or JPEG image of a share's QR code.");
            }
            return parse(chars.flip(), what);
        } finally {
            OffHeap.wipe(chars);
        }
    }

    /**
     * Parses a share (the file's text, text typed from the sheet, or a QR code's content) into a share, or
     * throws a {@link ByokException} naming {@code what} and the first problem's line and group.
     */
    public static KeyShare parse(CharSequence text, String what) {
        if (text.chars().allMatch(Character::isWhitespace)) {
            throw new ByokException(what + " is empty. It must hold a key share as 'wrap --split' wrote it.");
        }
        ShareScan scan = new ShareScan(text, false);
        try {
            ShareProblem problem = scan.run();
            if (problem != null) {
                if (scan.recognized == 0 && !problem.unsupported()) {
                    throw new ByokException(what + " is not a BYOK Wizard key share: " + (problem.line() > 0
                            ? lowerFirst(problem.message()) : "it has none of a share's lines.")
                            + " Choose a share file written by 'wrap --split', or an image of a share's QR code.");
                }
                throw new ByokException(what + ": " + lowerFirst(problem.message()));
            }
            return scan.share();
        } finally {
            scan.wipe();
        }
    }

    /** Checks text as it is typed: never throws for a mistake, says where the first one is. */
    public static ShareCheck check(CharSequence text) {
        ShareScan scan = new ShareScan(text, true);
        try {
            if (text.chars().allMatch(Character::isWhitespace)) {
                return new ShareCheck(ShareCheck.Status.EMPTY, "Type the share line by line as its sheet shows it, "
                        + "or paste the text of its QR code.", 0, 0, scan.lineStates());
            }
            ShareProblem problem = scan.run();
            if (problem == null) {
                return new ShareCheck(ShareCheck.Status.COMPLETE, "Share " + scan.number + " of " + scan.made
                        + " (key KCV " + scan.kcv + ") is complete; its checks match.", 0, 0, scan.lineStates());
            }
            ShareCheck.Status status = problem.incomplete() ? ShareCheck.Status.INCOMPLETE : ShareCheck.Status.INVALID;
            return new ShareCheck(status, problem.message(), problem.line(), problem.group(), scan.lineStates());
        } finally {
            scan.wipe();
        }
    }

    private static String lowerFirst(String message) {
        return message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }

}
