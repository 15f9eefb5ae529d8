package com.netcore.byok.core;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The share file, written so that a person can type it back from paper:
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
 * Each data line holds 8 share bytes in four groups and a check group: two Reed-Solomon check bytes over
 * GF(2^8) of the line's bytes and its number. It detects any error in up to two bytes of a line and names
 * the group of a one-byte error, so a typo is caught on the line where it is made. The checksum (first 4
 * bytes of SHA-256) covers the format, KCV, K, N, share number and all share bytes. Custodian and date are
 * labels, not covered. The QR code holds the same share in one line, {@link #compact}.
 */
public final class ShareText {
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
    static final int DATA_LINES = 4;
    static final int LINE_BYTES = 8;
    static final int LINE_DIGITS = LINE_BYTES * 2 + 4;
    static final int CHECKSUM_BYTES = 4;
    public static final int MAX_FILE_BYTES = 16 * 1024;
    private static final List<String> LABELS = List.of(FORMAT, KCV, NUMBER, MADE, NEEDED, CUSTODIAN, CREATED,
            DATA + " 1", CHECKSUM);

    private ShareText() {
    }

    // ---- writing ----

    static String format(KeyShare share) {
        ShareScheme scheme = share.scheme();
        StringBuilder out = new StringBuilder(640);
        out.append("# BYOK Wizard key share: any ").append(scheme.threshold()).append(" of the ").append(scheme.count())
                .append(" shares restore the key, fewer reveal nothing about it.\n");
        out.append("# Keep it apart from the other shares. To restore, type it back exactly or scan the sheet's QR code.\n");
        line(out, FORMAT, String.valueOf(KeyShare.FORMAT));
        line(out, KCV, share.kcv());
        line(out, NUMBER, String.valueOf(share.number()));
        line(out, MADE, String.valueOf(scheme.count()));
        line(out, NEEDED, String.valueOf(scheme.threshold()));
        if (!share.custodian().isEmpty()) {
            line(out, CUSTODIAN, share.custodian());
        }
        share.created().ifPresent(date -> line(out, CREATED, date.toString()));
        byte[] data = share.data();
        for (int n = 1; n <= DATA_LINES; n++) {
            out.append(DATA).append(' ').append(n).append(": ");
            int offset = (n - 1) * LINE_BYTES;
            for (int i = 0; i < LINE_BYTES; i += 2) {
                appendHex(out, data, offset + i, 2);
                out.append(' ');
            }
            int check = lineCheck(data, offset, n);
            out.append("/ ").append(hex4(check)).append('\n');
        }
        byte[] checksum = checksum(share.kcv(), scheme, share.number(), data);
        out.append(CHECKSUM).append(": ");
        appendHex(out, checksum, 0, 2);
        out.append(' ');
        appendHex(out, checksum, 2, 2);
        out.append('\n');
        return out.toString();
    }

    /** {@code BYOK-SHARE:1:KCV:K:N:NUMBER:64 hex digits:8 hex digits}: QR alphanumeric characters only. */
    static String compact(KeyShare share) {
        StringBuilder out = new StringBuilder(100);
        out.append(COMPACT_PREFIX).append(':').append(KeyShare.FORMAT).append(':').append(share.kcv()).append(':')
                .append(share.scheme().threshold()).append(':').append(share.scheme().count()).append(':')
                .append(share.number()).append(':');
        byte[] data = share.data();
        appendHex(out, data, 0, data.length);
        out.append(':');
        appendHex(out, checksum(share.kcv(), share.scheme(), share.number(), data), 0, CHECKSUM_BYTES);
        return out.toString();
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(label).append(": ").append(value).append('\n');
    }

    private static void appendHex(StringBuilder out, byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            out.append(Character.toUpperCase(Character.forDigit((bytes[i] >> 4) & 0xF, 16)))
                    .append(Character.toUpperCase(Character.forDigit(bytes[i] & 0xF, 16)));
        }
    }

    private static String hex4(int value) {
        return String.format(Locale.ROOT, "%04X", value);
    }

    // ---- the checks ----

    /** Two check bytes over GF(2^8): S0 = XOR of the symbols, S1 = XOR of alpha^p times symbol p. */
    static int lineCheck(byte[] data, int offset, int lineNumber) {
        int s0 = 0;
        int s1 = 0;
        int power = 1;
        for (int p = 0; p <= LINE_BYTES; p++) {
            int symbol = p < LINE_BYTES ? data[offset + p] & 0xFF : lineNumber;
            s0 ^= symbol;
            s1 ^= gfMul(power, symbol);
            power = gfMul(power, 2);
        }
        return (s0 << 8) | s1;
    }

    /**
     * Where a one-byte error sits, from the differences between the typed and the computed check bytes:
     * 0 to 7 for a data byte, 8 and 9 for the first and second check byte, -1 if more than one byte is wrong.
     */
    static int locate(int e0, int e1) {
        if (e0 == 0) {
            return e1 == 0 ? -1 : 9;
        }
        if (e1 == 0) {
            return 8;
        }
        int power = 1;
        for (int p = 0; p < LINE_BYTES; p++) {
            if (gfMul(e0, power) == e1) {
                return p;
            }
            power = gfMul(power, 2);
        }
        return -1;
    }

    /** Multiplication in GF(2^8) modulo x^8 + x^4 + x^3 + x^2 + 1 (0x11D, where 2 is a generator). */
    static int gfMul(int a, int b) {
        int product = 0;
        for (int i = 0; i < 8; i++) {
            product ^= a & -(b & 1);
            b >>= 1;
            a = ((a << 1) ^ (0x11D & -((a >> 7) & 1))) & 0xFF;
        }
        return product;
    }

    static byte[] checksum(String kcv, ShareScheme scheme, int number, byte[] data) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(COMPACT_PREFIX.getBytes(StandardCharsets.US_ASCII));
            sha256.update(new byte[] {0, KeyShare.FORMAT});
            sha256.update(HexFormat.of().parseHex(kcv));
            sha256.update(new byte[] {(byte) scheme.threshold(), (byte) scheme.count(), (byte) number});
            sha256.update(data);
            return Arrays.copyOf(sha256.digest(), CHECKSUM_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    // ---- reading ----

    /** Parses share text given as bytes (UTF-8); the caller wipes {@code content}. */
    public static KeyShare parse(byte[] content, String what) {
        if (content.length >= 2 && ((content[0] == (byte) 0xFF && content[1] == (byte) 0xFE)
                || (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF))) {
            throw new ByokException(what + " is UTF-16 text. Save it as plain ASCII or UTF-8 text.");
        }
        CharBuffer chars;
        try {
            chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
        } catch (CharacterCodingException e) {
            throw new ByokException(what + " is not a key share: it holds binary data, not text. Choose a share "
                    + "file written by 'wrap --split', or a PNG or JPEG image of a share's QR code.");
        }
        try {
            return parse(chars, what);
        } finally {
            if (chars.hasArray()) {
                Arrays.fill(chars.array(), '\0');
            }
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
        Scan scan = new Scan(text, false);
        try {
            Problem problem = scan.run();
            if (problem != null) {
                if (scan.recognized == 0 && !problem.unsupported) {
                    throw new ByokException(what + " is not a BYOK Wizard key share: " + (problem.line > 0
                            ? lowerFirst(problem.message) : "it has none of a share's lines.")
                            + " Choose a share file written by 'wrap --split', or an image of a share's QR code.");
                }
                throw new ByokException(what + ": " + lowerFirst(problem.message));
            }
            return scan.share();
        } finally {
            scan.wipe();
        }
    }

    /** Checks text as it is typed: never throws for a mistake, says where the first one is. */
    public static ShareCheck check(CharSequence text) {
        Scan scan = new Scan(text, true);
        try {
            if (text.chars().allMatch(Character::isWhitespace)) {
                return new ShareCheck(ShareCheck.Status.EMPTY, "Type the share line by line as its sheet shows it, "
                        + "or paste the text of its QR code.", 0, 0, scan.lineStates());
            }
            Problem problem = scan.run();
            if (problem == null) {
                return new ShareCheck(ShareCheck.Status.COMPLETE, "Share " + scan.number + " of " + scan.made
                        + " (key KCV " + scan.kcv + ") is complete; its checks match.", 0, 0, scan.lineStates());
            }
            ShareCheck.Status status = problem.incomplete ? ShareCheck.Status.INCOMPLETE : ShareCheck.Status.INVALID;
            return new ShareCheck(status, problem.message, problem.line, problem.group, scan.lineStates());
        } finally {
            scan.wipe();
        }
    }

    private static String lowerFirst(String message) {
        return message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }

    /** A problem found while scanning; {@code incomplete} when typing on could still resolve it. */
    private record Problem(String message, int line, int group, boolean incomplete, boolean unsupported) {
        static Problem at(int line, String message) {
            return new Problem(message, line, 0, false, false);
        }

        static Problem typing(int line, String message) {
            return new Problem(message, line, 0, true, false);
        }
    }

    /** One pass over the text. Share digits are read char by char and go only into {@link #data}. */
    private static final class Scan {
        final CharSequence text;
        final boolean live;
        final byte[] data = new byte[SecretKeyMaterial.LENGTH];
        final ShareCheck.LineState[] states = new ShareCheck.LineState[DATA_LINES];
        final int[] firstLine = new int[LABELS.size() + DATA_LINES];
        int recognized;
        boolean compactSeen;
        Integer format;
        String kcv;
        Integer number;
        Integer made;
        Integer needed;
        String custodian = "";
        LocalDate created;
        byte[] checksum;

        Scan(CharSequence text, boolean live) {
            this.text = text;
            this.live = live;
            Arrays.fill(states, ShareCheck.LineState.MISSING);
        }

        List<ShareCheck.LineState> lineStates() {
            return List.of(states);
        }

        void wipe() {
            Arrays.fill(data, (byte) 0);
        }

        KeyShare share() {
            return new KeyShare(kcv, new ShareScheme(needed, made), number, custodian, Optional.ofNullable(created),
                    SecretKeyMaterial.copyOf(data));
        }

        Problem run() {
            Problem unsupported = formatFirst();
            if (unsupported != null) {
                return unsupported;
            }
            int lineNumber = 0;
            int start = 0;
            while (start <= text.length()) {
                int end = start;
                while (end < text.length() && text.charAt(end) != '\n') {
                    end++;
                }
                lineNumber++;
                boolean typing = live && end == text.length();
                Problem problem = line(lineNumber, start, end, typing);
                if (problem != null) {
                    return problem;
                }
                start = end + 1;
            }
            return whole();
        }

        /** An unsupported format version is reported before anything else in the file. */
        private Problem formatFirst() {
            int lineNumber = 0;
            int start = 0;
            while (start <= text.length()) {
                int end = start;
                while (end < text.length() && text.charAt(end) != '\n') {
                    end++;
                }
                lineNumber++;
                int colon = indexOf(':', start, end);
                if (colon > 0) {
                    // only the label is copied; for Format and the one-line form, the version after it
                    String label = text.subSequence(start, colon).toString().strip();
                    int valueEnd = label.equalsIgnoreCase(COMPACT_PREFIX) ? indexOf(':', colon + 1, end)
                            : label.equalsIgnoreCase(FORMAT) ? end : -1;
                    String value = text.subSequence(colon + 1, valueEnd < 0 ? colon + 1 : valueEnd).toString().strip();
                    if (value.matches("\\d{1,4}") && Integer.parseInt(value) != KeyShare.FORMAT) {
                        return new Problem("Line " + lineNumber + " says format version " + value + ", which this "
                                + "BYOK Wizard does not read (it reads version " + KeyShare.FORMAT + "). Use the BYOK "
                                + "Wizard version that wrote the share, or a newer one.", lineNumber, 0, false, true);
                    }
                }
                start = end + 1;
            }
            return null;
        }

        private Problem line(int n, int start, int end, boolean typing) {
            while (start < end && isSpace(text.charAt(start))) {
                start++;
            }
            while (end > start && isSpace(text.charAt(end - 1))) {
                end--;
            }
            if (start == end || text.charAt(start) == '#') {
                return null;
            }
            if (compactSeen) {
                return Problem.at(n, "Line " + n + " follows a one-line share (" + COMPACT_PREFIX + ":...). "
                        + "Give the one-line form alone, or the share's lines as its sheet shows them.");
            }
            int colon = indexOf(':', start, end);
            if (colon < 0) {
                return unlabelled(n, start, end, typing);
            }
            String label = text.subSequence(start, colon).toString().strip().replaceAll("\\s+", " ");
            if (label.equalsIgnoreCase(COMPACT_PREFIX)) {
                if (recognized > 0) {
                    return Problem.at(n, "Line " + n + " is a one-line share (" + COMPACT_PREFIX + ":...) after other "
                            + "share lines. Give the one-line form alone.");
                }
                compactSeen = true;
                recognized++;
                return compact(n, colon + 1, end, typing);
            }
            int dataNumber = dataLabel(label);
            if (dataNumber > 0) {
                if (dataNumber > DATA_LINES) {
                    return Problem.at(n, "Line " + n + " is labelled '" + label + "', but a share has data lines 1 to "
                            + DATA_LINES + " only.");
                }
                return data(n, dataNumber, colon + 1, end, typing, true);
            }
            String value = text.subSequence(colon + 1, end).toString().strip();
            return labelled(n, label, value, typing);
        }

        private Problem unlabelled(int n, int start, int end, boolean typing) {
            boolean allHex = allHexOrSeparators(start, end);
            if (allHex && nextDataLine() > 0) {
                return nextData(n, start, end, typing);
            }
            for (String known : LABELS) {
                String label = known.startsWith(DATA) ? DATA + " " + (nextDataLine() == 0 ? "N" : nextDataLine()) : known;
                if (startsLike(known.startsWith(DATA) ? DATA : known, start, end, typing ? 1 : 3)) {
                    recognized++;
                    if (typing) {
                        return Problem.typing(n, "Line " + n + ": go on typing '" + label + ": ...'.");
                    }
                    return Problem.at(n, "Line " + n + " lacks the colon after '" + label + "'. Write it as '" + label
                            + ": ...'.");
                }
            }
            if (allHex || mostlyHex(start, end)) {
                return nextData(n, start, end, typing); // a data line with a stray character: data() names it
            }
            return Problem.at(n, "Line " + n + " is not part of a key share. Lines are 'Label: value' (e.g. '"
                    + NUMBER + ": 2') or data lines of hex groups, as the sheet shows them.");
        }

        private Problem nextData(int n, int start, int end, boolean typing) {
            int dataNumber = nextDataLine();
            if (dataNumber == 0) {
                return Problem.at(n, "Line " + n + " is a fifth data line; a share has " + DATA_LINES
                        + ". Remove the extra line.");
            }
            return data(n, dataNumber, start, end, typing, false);
        }

        /** At least 8 hex digits and at most a quarter other characters: a data line with a typo. */
        private boolean mostlyHex(int start, int end) {
            int hex = 0;
            int other = 0;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (isHexDigit(c)) {
                    hex++;
                } else if (!isSpace(c) && c != '/') {
                    other++;
                }
            }
            return hex >= 8 && other * 4 <= hex + other;
        }

        private boolean allHexOrSeparators(int start, int end) {
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (!isHexDigit(c) && !isSpace(c) && c != '/') {
                    return false;
                }
            }
            return true;
        }

        /** The line starts with {@code label}, or with the beginning of it (at least {@code min} characters). */
        private boolean startsLike(String label, int start, int end, int min) {
            int length = Math.min(end - start, label.length());
            if (length < Math.min(min, label.length())) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (Character.toLowerCase(text.charAt(start + i)) != Character.toLowerCase(label.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        private Problem labelled(int n, String label, String value, boolean typing) {
            int slot = LABELS.indexOf(canonical(label));
            if (slot < 0) {
                return Problem.at(n, "Line " + n + " has the label '" + label + "', which a key share does not have. "
                        + "Its labels are " + FORMAT + ", " + KCV + ", " + NUMBER + ", " + MADE + ", " + NEEDED + ", "
                        + CUSTODIAN + ", " + CREATED + ", " + DATA + " 1 to " + DATA_LINES + " and " + CHECKSUM + ".");
            }
            String name = LABELS.get(slot);
            recognized++;
            if (firstLine[slot] > 0) {
                return Problem.at(n, "Line " + n + " repeats '" + name + "' (first on line " + firstLine[slot]
                        + "). Keep one of them.");
            }
            if (value.isEmpty() && typing) {
                return Problem.typing(n, "Line " + n + ": type the value of '" + name + "'.");
            }
            Problem problem = switch (name) {
                case FORMAT -> formatValue(n, value);
                case KCV -> kcvValue(n, value, typing);
                case NUMBER -> {
                    Integer v = number(value, 1);
                    number = v;
                    yield v == null ? Problem.at(n, "Line " + n + ": '" + NUMBER + "' must be a number from 1 to "
                            + ShareScheme.MAX_COUNT + ".") : null;
                }
                case MADE -> {
                    Integer v = number(value, ShareScheme.MIN_THRESHOLD);
                    made = v;
                    yield v == null ? Problem.at(n, "Line " + n + ": '" + MADE + "' must be a number from "
                            + ShareScheme.MIN_THRESHOLD + " to " + ShareScheme.MAX_COUNT + ".") : null;
                }
                case NEEDED -> {
                    Integer v = number(value, ShareScheme.MIN_THRESHOLD);
                    needed = v;
                    yield v == null ? Problem.at(n, "Line " + n + ": '" + NEEDED + "' must be a number from "
                            + ShareScheme.MIN_THRESHOLD + " to " + ShareScheme.MAX_COUNT + ".") : null;
                }
                case CUSTODIAN -> {
                    custodian = value;
                    yield null;
                }
                case CREATED -> createdValue(n, value, typing);
                case CHECKSUM -> checksumValue(n, value, typing);
                default -> throw new IllegalStateException(name);
            };
            if (problem == null) {
                firstLine[slot] = n;
            }
            return problem;
        }

        private Problem formatValue(int n, String value) {
            if (!value.equals(String.valueOf(KeyShare.FORMAT))) {
                return Problem.at(n, "Line " + n + ": '" + FORMAT + "' must be a version number; this BYOK Wizard "
                        + "reads version " + KeyShare.FORMAT + ".");
            }
            format = KeyShare.FORMAT;
            return null;
        }

        private Problem kcvValue(int n, String value, boolean typing) {
            String hex = value.replace(" ", "");
            if (hex.length() < 6 && typing && isHexOrSeparator(hex)) {
                return Problem.typing(n, "Line " + n + ": the key KCV has 6 hex digits; " + hex.length() + " typed.");
            }
            if (hex.length() != 6 || !isHexOrSeparator(hex)) {
                return Problem.at(n, "Line " + n + ": the key KCV must be 6 hex digits, e.g. 3F2A91, as on the sheet.");
            }
            kcv = hex.toUpperCase(Locale.ROOT);
            return null;
        }

        private static Integer number(String value, int min) {
            if (!value.matches("\\d{1,2}")) {
                return null;
            }
            int v = Integer.parseInt(value);
            return v >= min && v <= ShareScheme.MAX_COUNT ? v : null;
        }

        private Problem createdValue(int n, String value, boolean typing) {
            try {
                created = LocalDate.parse(value);
                return null;
            } catch (DateTimeParseException e) {
                if (typing && value.length() < 10) {
                    return Problem.typing(n, "Line " + n + ": type the date as YYYY-MM-DD.");
                }
                return Problem.at(n, "Line " + n + ": '" + CREATED + "' must be a date like 2026-03-14. It is only "
                        + "informative; you may leave the line out.");
            }
        }

        private Problem checksumValue(int n, String value, boolean typing) {
            String hex = value.replace(" ", "");
            if (hex.length() < CHECKSUM_BYTES * 2 && typing && isHexOrSeparator(hex)) {
                return Problem.typing(n, "Line " + n + ": the checksum has 8 hex digits; " + hex.length() + " typed.");
            }
            if (hex.length() != CHECKSUM_BYTES * 2 || !isHexOrSeparator(hex)) {
                return Problem.at(n, "Line " + n + ": the checksum must be 8 hex digits in two groups, as on the sheet.");
            }
            checksum = HexFormat.of().parseHex(hex);
            return null;
        }

        /** A data line: four groups of share data and the check group, spaces and '/' anywhere. */
        private Problem data(int n, int dataNumber, int start, int end, boolean typing, boolean labelled) {
            int slot = LABELS.size() + dataNumber - 1;
            if (labelled) {
                recognized++;
            }
            String where = "Line " + n + " (data line " + dataNumber + ")";
            if (firstLine[slot] > 0) {
                return Problem.at(n, where + " repeats data line " + dataNumber + " (first on line " + firstLine[slot]
                        + "). Keep one of them.");
            }
            int[] nibbles = new int[LINE_DIGITS];
            try {
                int digits = 0;
                int lineStart = start;
                while (lineStart > 0 && text.charAt(lineStart - 1) != '\n') {
                    lineStart--;
                }
                int groupLength = 0;
                int groups = 0;
                int oddGroup = 0;
                int oddLength = 0;
                for (int i = start; i <= end; i++) {
                    char c = i < end ? text.charAt(i) : ' ';
                    if (isHexDigit(c)) {
                        if (digits == LINE_DIGITS) {
                            states[dataNumber - 1] = ShareCheck.LineState.WRONG;
                            return Problem.at(n, where + " has more than " + LINE_DIGITS + " hex digits (four groups of "
                                    + "share data and one check group). A digit is doubled, or two lines were joined.");
                        }
                        nibbles[digits++] = Character.digit(c, 16);
                        groupLength++;
                    } else if (isSpace(c) || c == '/') {
                        if (groupLength > 0) {
                            groups++;
                            if (groupLength != 4 && oddGroup == 0) {
                                oddGroup = groups;
                                oddLength = groupLength;
                            }
                        }
                        groupLength = 0;
                    } else {
                        states[dataNumber - 1] = ShareCheck.LineState.WRONG;
                        return new Problem(where + ": character " + describe(c) + " at column " + (i - lineStart + 1)
                                + " is not a hex digit (0-9, A-F)" + hint(c) + ".", n, digits / 4 + 1, false, false);
                    }
                }
                if (digits < LINE_DIGITS) {
                    if (typing) {
                        states[dataNumber - 1] = ShareCheck.LineState.INCOMPLETE;
                        return new Problem(where + ": " + digits + " of " + LINE_DIGITS + " hex digits typed.", n,
                                digits / 4 + 1, true, false);
                    }
                    states[dataNumber - 1] = ShareCheck.LineState.WRONG;
                    String which = oddGroup > 0 && oddLength < 4 ? " Group " + oddGroup + " has " + oddLength
                            + " digits instead of 4." : " A digit is missing.";
                    return new Problem(where + " has " + digits + " hex digits; it needs " + LINE_DIGITS
                            + " (four groups of share data and one check group)." + which, n, oddGroup, false, false);
                }
                byte[] bytes = new byte[LINE_BYTES];
                try {
                    for (int i = 0; i < LINE_BYTES; i++) {
                        bytes[i] = (byte) (nibbles[2 * i] << 4 | nibbles[2 * i + 1]);
                    }
                    int typed = nibbles[16] << 12 | nibbles[17] << 8 | nibbles[18] << 4 | nibbles[19];
                    int computed = lineCheck(bytes, 0, dataNumber);
                    if (typed != computed) {
                        states[dataNumber - 1] = ShareCheck.LineState.WRONG;
                        return mismatch(n, where, locate((typed ^ computed) >> 8, (typed ^ computed) & 0xFF));
                    }
                    System.arraycopy(bytes, 0, data, (dataNumber - 1) * LINE_BYTES, LINE_BYTES);
                } finally {
                    Arrays.fill(bytes, (byte) 0);
                }
                states[dataNumber - 1] = ShareCheck.LineState.OK;
                firstLine[slot] = n;
                if (!labelled) {
                    recognized++;
                }
                return null;
            } finally {
                Arrays.fill(nibbles, 0);
            }
        }

        private Problem mismatch(int n, String where, int position) {
            if (position < 0) {
                return Problem.at(n, where + " does not match its check group: more than one digit is wrong, or the "
                        + "line belongs elsewhere. Compare the whole line with the sheet.");
            }
            int group = position / 2 + 1;
            String half = position % 2 == 0 ? "first two digits" : "last two digits";
            String which = group == 5 ? "group 5 (the check group)" : "group " + group;
            return new Problem(where + ", " + which + " looks mistyped (its " + half
                    + "): the line does not match its check group. Compare that group with the sheet.", n, group,
                    false, false);
        }

        private int nextDataLine() {
            for (int i = 0; i < DATA_LINES; i++) {
                if (firstLine[LABELS.size() + i] == 0) {
                    return i + 1;
                }
            }
            return 0;
        }

        /** The one-line form a QR code holds: {@code BYOK-SHARE:1:KCV:K:N:NUMBER:DATA:CHECKSUM}. */
        private Problem compact(int n, int start, int end, boolean typing) {
            List<int[]> fields = new ArrayList<>();
            int from = start;
            for (int i = start; i <= end; i++) {
                if (i == end || text.charAt(i) == ':') {
                    fields.add(new int[] {from, i});
                    from = i + 1;
                }
            }
            String shape = "A one-line share reads " + COMPACT_PREFIX + ":1:KCV:K:N:NUMBER:64 hex digits:8 hex digits.";
            if (fields.size() != 7) {
                return typing && fields.size() < 7 ? Problem.typing(n, "Line " + n + ": go on typing. " + shape)
                        : Problem.at(n, "Line " + n + " is a damaged one-line share: it has " + (fields.size() + 1)
                                + " fields instead of 8. " + shape);
            }
            String damaged = "Line " + n + " is a damaged one-line share: ";
            Problem problem = formatValue(n, field(fields.get(0)));
            if (problem != null) {
                return problem;
            }
            problem = kcvValue(n, field(fields.get(1)), false);
            if (problem != null) {
                return Problem.at(n, damaged + "its KCV is not 6 hex digits.");
            }
            needed = number(field(fields.get(2)), ShareScheme.MIN_THRESHOLD);
            made = number(field(fields.get(3)), ShareScheme.MIN_THRESHOLD);
            number = number(field(fields.get(4)), 1);
            if (needed == null || made == null || number == null) {
                return Problem.at(n, damaged + "K, N and the share number must be numbers from 1 to "
                        + ShareScheme.MAX_COUNT + ". " + shape);
            }
            int[] hex = fields.get(5);
            int digits = 0;
            for (int i = hex[0]; i < hex[1]; i++) {
                char c = text.charAt(i);
                if (!isHexDigit(c) || digits == data.length * 2) {
                    return Problem.at(n, damaged + "its share data must be " + data.length * 2 + " hex digits. " + shape);
                }
                int nibble = Character.digit(c, 16);
                data[digits / 2] |= (byte) (digits % 2 == 0 ? nibble << 4 : nibble);
                digits++;
            }
            if (digits != data.length * 2) {
                return Problem.at(n, damaged + "its share data must be " + data.length * 2 + " hex digits. " + shape);
            }
            Arrays.fill(states, ShareCheck.LineState.OK);
            for (int i = 0; i < DATA_LINES; i++) {
                firstLine[LABELS.size() + i] = n;
            }
            return checksumValue(n, field(fields.get(6)), typing);
        }

        private String field(int[] range) {
            return text.subSequence(range[0], range[1]).toString().strip();
        }

        /** After the last line: values that belong together, what is missing, and the checksum. */
        private Problem whole() {
            int neededLine = firstLine[LABELS.indexOf(NEEDED)];
            int numberLine = firstLine[LABELS.indexOf(NUMBER)];
            if (made != null && needed != null && needed > made) {
                return Problem.at(neededLine, "Line " + neededLine + ": " + needed + " shares needed out of " + made
                        + " made cannot be right. Compare '" + NEEDED + "' and '" + MADE + "' with the sheet.");
            }
            if (made != null && number != null && number > made) {
                return Problem.at(numberLine, "Line " + numberLine + ": share number " + number + " is more than the "
                        + made + " shares made. Compare '" + NUMBER + "' and '" + MADE + "' with the sheet.");
            }
            List<String> missing = new ArrayList<>();
            if (format == null) {
                missing.add("'" + FORMAT + ": 1'");
            }
            if (kcv == null) {
                missing.add("'" + KCV + "'");
            }
            if (number == null) {
                missing.add("'" + NUMBER + "'");
            }
            if (made == null) {
                missing.add("'" + MADE + "'");
            }
            if (needed == null) {
                missing.add("'" + NEEDED + "'");
            }
            for (int i = 0; i < DATA_LINES; i++) {
                if (states[i] != ShareCheck.LineState.OK) {
                    missing.add("'" + DATA + " " + (i + 1) + "'");
                }
            }
            if (checksum == null) {
                missing.add("'" + CHECKSUM + "'");
            }
            if (!missing.isEmpty()) {
                String list = String.join(", ", missing);
                return live ? Problem.typing(0, "Still to type: " + list + ".")
                        : Problem.at(0, "The share is incomplete: it has no " + list + " line"
                                + (missing.size() > 1 ? "s" : "") + ". Use the share file exactly as it was written, "
                                + "or type the missing lines from the sheet.");
            }
            int checksumLine = firstLine[LABELS.indexOf(CHECKSUM)];
            byte[] expected = checksum(kcv, new ShareScheme(needed, made), number, data);
            if (!MessageDigest.isEqual(expected, checksum)) {
                return Problem.at(checksumLine, compactSeen
                        ? "The one-line share does not match its checksum: a character was changed. Scan or copy it again."
                        : "Line " + checksumLine + ": the checksum does not match the share. The data lines pass their "
                                + "checks, so compare '" + KCV + "', '" + NUMBER + "', '" + MADE + "', '" + NEEDED
                                + "' and the checksum itself with the sheet.");
            }
            return null;
        }

        private int indexOf(char wanted, int start, int end) {
            for (int i = start; i < end; i++) {
                if (text.charAt(i) == wanted) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** The number of a data line label ({@code Data 2}, or just {@code 2}), 0 if not one. */
    private static int dataLabel(String label) {
        String number = label.regionMatches(true, 0, DATA, 0, DATA.length()) ? label.substring(DATA.length()).strip()
                : label;
        return number.matches("\\d{1,2}") ? Integer.parseInt(number) : 0;
    }

    private static String canonical(String label) {
        for (String known : LABELS) {
            if (known.equalsIgnoreCase(label)) {
                return known;
            }
        }
        if (label.equalsIgnoreCase("KCV (AES-CMAC)") || label.equalsIgnoreCase("Key KCV") || label.equalsIgnoreCase("KCV")) {
            return KCV;
        }
        return label;
    }

    private static String describe(char c) {
        return c > 0x20 && c < 0x7F ? "'" + c + "'" : String.format(Locale.ROOT, "U+%04X", (int) c);
    }

    private static String hint(char c) {
        return switch (c) {
            case 'O', 'o' -> "; the sheet has the digit 0, not the letter O";
            case 'I', 'l' -> "; the sheet has the digit 1, not the letter " + c;
            case 'S', 's' -> "; is it the digit 5?";
            case 'G', 'g' -> "; is it the digit 6?";
            default -> "";
        };
    }

    private static boolean isHexOrSeparator(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isHexDigit(c) && !isSpace(c) && c != '/') {
                return false;
            }
        }
        return true;
    }

    static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\uFEFF';
    }
}
